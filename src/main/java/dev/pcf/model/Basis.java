package dev.pcf.model;

/** What an activity amount refers to. */
public enum Basis {
    /** per functional unit (default) */
    UNIT,
    /** a total for the reference period, divided by the annual production */
    ANNUAL
}
