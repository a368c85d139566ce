package dev.pcf.calc;

/**
 * A factor given per mass of an element of the gas, as the IPCC guidelines give N2O as {@code N2O-N}:
 * the mass of the gas is the element's mass times the ratio of the molar masses.
 *
 * @param written     as written, e.g. {@code N2O-N}
 * @param gas         the gas, e.g. {@code N2O}
 * @param numerator   molar mass of the gas, rounded as the guidelines do (N2O 44)
 * @param denominator molar mass of the element it contains (2 N = 28)
 */
record ElementBase(String written, String gas, int numerator, int denominator) {

    /** kg of the gas per kg of the element base: 44/28 for N2O-N. */
    double ratio() {
        return (double) numerator / denominator;
    }

    /** The conversion as the report prints it: {@code N2O-N → N2O × 44/28}. */
    String text() {
        return written + " → " + gas + " × " + numerator + "/" + denominator;
    }
}
