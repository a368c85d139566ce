package dev.pcf.model;

/** ISO 14067 §3.1.6: primary data (measured, or calculated from measurement) or secondary data. */
public enum DataType { PRIMARY, SECONDARY }
