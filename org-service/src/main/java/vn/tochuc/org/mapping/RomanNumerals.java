package vn.tochuc.org.mapping;

/** Congress ordinals are written in Roman numerals ("Đại hội lần thứ XVII"). */
public final class RomanNumerals {

    private static final int[] VALUES = {100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumerals() {
    }

    public static String of(int number) {
        if (number < 1 || number > 399) {
            throw new IllegalArgumentException("Congress ordinals run from 1 to 399, not " + number);
        }
        StringBuilder roman = new StringBuilder();
        int rest = number;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                roman.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return roman.toString();
    }
}
