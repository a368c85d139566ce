package dev.pcf.model;

/** IPCC GWP-100 value sets; AR6 is the default. */
public enum GwpSet { AR4, AR5, AR6 }
