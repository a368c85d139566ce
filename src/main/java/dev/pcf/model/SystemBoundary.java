package dev.pcf.model;

/** The system boundary of the study. */
public enum SystemBoundary {
    CRADLE_TO_GRAVE("cradle-to-grave", "摇篮到坟墓"),
    CRADLE_TO_GATE("cradle-to-gate", "摇篮到大门"),
    GATE_TO_GATE("gate-to-gate", "大门到大门");

    private final String code;
    private final String zh;

    SystemBoundary(String code, String zh) {
        this.code = code;
        this.zh = zh;
    }

    public String code() {
        return code;
    }

    public String zh() {
        return zh;
    }
}
