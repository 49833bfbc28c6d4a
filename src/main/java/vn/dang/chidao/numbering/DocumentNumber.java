package vn.dang.chidao.numbering;

/** "Số và ký hiệu": number, type and issuer symbol, e.g. 1759-CV/HU; numbers under 10 get a leading zero. */
public record DocumentNumber(int number, String type, String issuerSymbol) {

    public DocumentNumber {
        if (number < 1) {
            throw new IllegalArgumentException("number must be positive: " + number);
        }
    }

    @Override
    public String toString() {
        return "%02d-%s/%s".formatted(number, type, issuerSymbol);
    }
}
