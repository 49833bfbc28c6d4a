package vn.dang.chidao.numbering;

/** Numbering on the embedded H2 of the quick start. */
class NumberingOnH2Test extends NumberingTests {
}
