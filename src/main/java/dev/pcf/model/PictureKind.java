package dev.pcf.model;

/** The pictures the Images sheet may carry, each labelled in column A of its row. */
public enum PictureKind {
    PRODUCT_PHOTO("产品图片", "Product photo"),
    PROCESS_FLOW("工艺流程图", "Process flow chart"),
    PLANT_LAYOUT("厂区布局", "Plant layout"),
    COMPANY_LOGO("企业标志", "Company logo");

    private final String zh;
    private final String en;

    PictureKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
