package dev.pcf.model;

/** How bad a {@link Problem} is: errors stop the run, warnings are reported and the run goes on. */
public enum Severity { ERROR, WARNING }
