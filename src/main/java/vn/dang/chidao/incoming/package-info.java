/**
 * Văn bản đến: a directive from outside the system, registered by the receiving body's văn thư with its số đến,
 * directed by a leader (for information, assigned to units directly, or implemented by a directive of our own) and
 * reported upward by the office. Free of the engine; the process adapters call it.
 */
package vn.dang.chidao.incoming;
