package dev.pcf.examples;

import java.util.List;

/** The texts of the JX0317-D30 example: Chinese as in the reference report, with English versions. */
final class JxTexts {
    private JxTexts() {}

    static final String PROFILE_ZH = "杭州聚昕科技有限公司成立于 2013 年，位于美丽的浙江省杭州市，公司聚焦于电力行业，为电力客户提供涵盖智能电网、智慧能源、信息安全的智能产品和配用电解决方案；是国内技术领先的行业自动化和信息化整体解决方案供应商。\n"
            + "公司建立了现代化的科学管理体系、搭建了全面的信息化管理平台，先后通过了 ISO9001 质量管理体系、ISO14001 环境管理体系、ISO18001 职业健康管理体系认证。公司建设了覆盖销售管理的 CRM、办公自动化的 OA 等信息化系统，实现了从市场客户、销售合同、产品研发、供应链生产、过程质量的全过程、全方位、全要素的信息化管理。经营范围技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；机械电气设备制造；电气机械设备销售；电机制造；仪器仪表制造；仪器仪表销售；通信设备制造；通信设备销售；电子元器件制造；电子元器件批发；配电开关控制设备制造；配电开关控制设备销售；工程和技术研究和试验发展；物联网技术服务；新兴能源技术研发(除依法须经批准的项目外，凭营业执照依法自主开展经营活动)。许可项目：各类工程建设活动；电力设施承装、承修、承试。";

    static final String PROFILE_EN = "Hangzhou Juxin Technology Co., Ltd. was founded in 2013 in the beautiful city of Hangzhou, Zhejiang Province. Focused on the power industry, it provides power customers with intelligent products and power distribution and consumption solutions covering smart grids, smart energy and information security, and is a leading domestic supplier of integrated automation and informatisation solutions for the industry.\n"
            + "The company has established a modern, scientific management system and a comprehensive information management platform, and has been certified to ISO 9001 (quality management), ISO 14001 (environmental management) and ISO 18001 (occupational health management). It has built information systems such as CRM for sales management and OA for office automation, achieving information management of the whole process, in every aspect and element, from market customers, sales contracts and product development to supply-chain production and process quality. Business scope: technical services, technology development, technical consulting, technical exchange, technology transfer and technology promotion; manufacture of mechanical and electrical equipment; sale of electrical machinery and equipment; manufacture of electric motors; manufacture and sale of instruments and meters; manufacture and sale of communication equipment; manufacture and wholesale of electronic components; manufacture and sale of power distribution switchgear and control equipment; engineering and technology research and experimental development; Internet-of-Things technical services; research and development of new energy technology (except for projects requiring approval by law, business activities are carried out independently under the business licence). Licensed activities: construction works of all kinds; installation, repair and testing of power facilities.";

    static final String FUNCTION_ZH = "JX0317-D30 集中式 DTU 是 10kV 配网自动化系统的核心终端设备，主要安装于环网柜、开闭所、配电房等高压配电场景，承担配网线路数据采集、状态监测、故障研判、远程控制、数据传输的核心作用，是实现配网智能化、自愈化运行的关键装置。设备采用工业级硬件配置，抗干扰、抗震动、耐高低温，可适应电力现场恶劣电磁环境，长期稳定不间断运行。\n"
            + "终端具备高精度三遥功能，遥测模块可精准采集三相电压、三相电流、有功无功功率、电网频率、谐波参数等核心数据，测量精度可达 0.5 级，保障电网运行数据真实可靠；遥信功能可毫秒级监测开关分合闸状态、设备运行异常、线路工况变化，事件分辨率 ≤2ms，可精准捕捉瞬时故障信号；遥控功能支持后台远程下发分合闸指令，实现配电开关远程操控，替代传统人工现场操作。\n"
            + "设备搭载智能故障研判与自愈系统，可自动识别线路短路、接地、过载等各类故障，快速完成故障定位、故障隔离，同时自动恢复非故障区域供电，大幅缩短停电时长、缩小停电范围。通信兼容性极强，支持 IEC60870-5-104、Modbus 等主流电力通信协议，适配北斗、GPS 双系统精准对时，保障全网数据时序统一，可无缝对接各类配电自动化主站系统，适配城市配网、工业园区电网自动化改造升级。";

    static final String FUNCTION_EN = "The JX0317-D30 centralised DTU is the core terminal of a 10 kV distribution automation system. Installed mainly in ring main units, switching stations, distribution rooms and other high-voltage distribution settings, it collects line data, monitors status, diagnoses faults, controls switchgear remotely and transmits data, and is the key device for intelligent, self-healing distribution networks. Its industrial-grade hardware resists interference, vibration and extreme temperatures, so it runs continuously and stably in the harsh electromagnetic environment of power sites.\n"
            + "The terminal provides high-accuracy telemetry, telesignalling and telecontrol. The telemetry module measures three-phase voltages and currents, active and reactive power, grid frequency, harmonics and other key quantities with accuracy class 0.5, so the operating data are true and reliable; telesignalling detects switch opening and closing, equipment faults and changes in line conditions within milliseconds, with an event resolution of ≤ 2 ms, capturing transient fault signals precisely; telecontrol executes open and close commands sent remotely from the master station, replacing manual operation on site.\n"
            + "An intelligent fault-diagnosis and self-healing system recognises short circuits, earth faults, overloads and other faults, locates and isolates them quickly and restores supply to the healthy sections automatically, greatly shortening outages and reducing their extent. Communication is highly compatible: IEC 60870-5-104, Modbus and other mainstream power protocols are supported, time is synchronised precisely by BeiDou and GPS so that data across the network share one time base, and the unit connects seamlessly to distribution-automation master stations for urban networks and the automation upgrade of industrial-park grids.";

    static final String PROCESS_ZH = "原辅料（站所终端本体、电源模块、外护层等）采购入厂，经来料检验后进行部件装配和整机组装，再经调试、老化试验和出厂检验，合格品包装入库，由柴油货车运输交付客户。";

    static final String PROCESS_EN = "Raw and auxiliary materials (station terminal body, power module, outer casing etc.) are purchased and pass incoming inspection; sub-assemblies and the complete unit are assembled, then tested, burnt in and inspected before delivery; accepted units are packed, stored and delivered to customers by diesel truck.";

    static final String PURPOSE_ZH = "本评价的目的是根据 GB/T 24067-2024/ISO 14067:2018《温室气体产品碳足迹 量化要求和指南》标准的要求，科学地评估集中式 DTU JX0317-D30 的碳足迹。为企业自身的产品设计、物料采购、生产管控等提供可靠的碳排放信息，同时也为企业建立碳中和品牌，践行国家“绿色制造”战略等做好准备。评价的结果将为认证方、企业、产品设计师、采购商及消费者的有效沟通提供合适的方式。评价结果面向的沟通群体有：第三方认证机构，公司内部的管理人员、生产管理人员、采购人员，以及企业的外部利益相关者，如原材料供应商、政府部门和环境非政府组织等。\n"
            + "评价获得的数据信息还可用于以下目的：(1) 产品生态设计/绿色设计；(2) 同类产品对标；(3) 绿色采购和供应链决策；(4) 为实现产品“碳中和”提供数据依据。";

    static final String PURPOSE_EN = "The purpose of this assessment is to evaluate scientifically the carbon footprint of the centralised DTU JX0317-D30 as required by GB/T 24067-2024 / ISO 14067:2018 \"Greenhouse gases — Carbon footprint of products — Requirements and guidelines for quantification\". It provides reliable emission information for the company's product design, material purchasing and production control, and prepares the company to build a carbon-neutral brand and to implement the national \"green manufacturing\" strategy. The results offer a suitable means of communication between certifiers, the company, product designers, buyers and consumers. The audience includes third-party certification bodies; the company's managers, production managers and buyers; and its external stakeholders such as raw-material suppliers, government departments and environmental NGOs.\n"
            + "The data may also be used for: (1) eco-design / green design of the product; (2) benchmarking against similar products; (3) green purchasing and supply-chain decisions; (4) a data basis for making the product carbon neutral.";

    static final String CUTOFF_ZH = "(1) 基于产品投入的比例：舍去质量或能量投入小于 1% 的产品/能量投入，但总的舍去产品投入比例不超过 5%。但是对于质量虽小，但生命周期环境影响大的物质，则不可以舍弃，例如黄金、白银等。\n"
            + "(2) 基于环境影响的比重：以类似投入估算，排除实际影响较小的原料。对于任何类别影响，如果相同影响在一个过程/活动的总和小于 1%，则此过程可从系统边界中舍去。\n"
            + "(3) 忽略生产设备、厂房、生活设施等。";

    static final String CUTOFF_EN = "(1) By share of inputs: product or energy inputs below 1 % of the mass or energy input are cut off, but the inputs cut off in total do not exceed 5 %. Substances of small mass but large life-cycle impact, such as gold and silver, are never cut off.\n"
            + "(2) By share of impact: raw materials of small actual impact are excluded, estimated from similar inputs. For any impact category, a process or activity whose contribution is below 1 % may be cut off from the system boundary.\n"
            + "(3) Production equipment, buildings and amenities are excluded.";

    static final String ALLOCATION_ZH = "许多流程通常不只一个功能或输出，流程的环境负荷需要分配到不同的功能和输出中，主要方式有：(1) 避免分配；(2) 扩大系统边界；(3) 以物理因果关系为基准分配环境负荷；(4) 使用社会经济学分配基准。由于各车间用电量未按产品及工序分开统计，因此本评价根据实际情况采用以产品产量等物理因果关系为基准来进行分配。";

    static final String ALLOCATION_EN = "Many processes have more than one function or output, and their environmental burden has to be allocated among them. The main approaches are: (1) avoiding allocation; (2) expanding the system boundary; (3) allocating by physical causality; (4) allocating by socio-economic criteria. Because the workshops' electricity is not metered by product and process step, this assessment allocates by physical causality, i.e. by production output.";

    static final String ASSUMPTIONS_ZH = "在生命周期评价过程中，会出现数据缺失或情景多样化的情况，生命周期评价执行者需要明确相关假设和限制。本报告所有原辅材料和能源等消耗都关联了上游数据，部分消耗的上游数据采用近似替代的方式处理。\n"
            + "燃料因子（柴油、天然气）仅含燃烧直接 CO2，不含 CH4、N2O 及燃料上游生产排放。\n"
            + "系统边界为“摇篮到坟墓”，但不含产品使用阶段（参考报告未核算使用阶段）。\n"
            + "示例说明：产品生产阶段 8.0249 与成品运输阶段 2.2817 kgCO2e 与参考报告所印 8.0250 和 2.2816 在第 4 位小数不同，因为参考报告由未修约的输入计算；本表未为凑数而调整数量。原材料运输柴油用未修约的 0.09703 kg。";

    static final String ASSUMPTIONS_EN = "Life-cycle assessments meet missing data and alternative scenarios, so the practitioner has to state the assumptions and limitations. All raw and auxiliary materials and energy in this report are linked to upstream data; for some of them the upstream data are approximated by similar data.\n"
            + "The fuel factors (diesel, natural gas) cover direct combustion CO2 only, without CH4, N2O or upstream fuel production.\n"
            + "The boundary is cradle-to-grave but has no use stage (the reference report did not assess the use stage).\n"
            + "Example note: the production stage (8.0249) and the distribution stage (2.2817 kgCO2e) differ from the reference report's printed 8.0250 and 2.2816 in the 4th decimal because the reference report computed them from unrounded inputs; the amounts here were not tuned to match. The raw-material transport diesel is the unrounded 0.09703 kg.";

    static final String ROUNDING_NOTE_PRODUCTION = "13.8912 × 0.5777 = 8.02494624 → 8.0249；参考报告印 8.0250，因其由未修约的输入计算，本表未调整数量。 "
            + "Gives 8.0249; the reference report prints 8.0250 because it used unrounded inputs; the amount was not tuned.";

    static final String ROUNDING_NOTE_DISTRIBUTION = "0.7370 × 3.0959096 = 2.2816854 → 2.2817；参考报告印 2.2816，因其由未修约的输入计算，本表未调整数量。 "
            + "Gives 2.2817; the reference report prints 2.2816 because it used unrounded inputs; the amount was not tuned.";

    static final List<String> IMPROVEMENTS_ZH = List.of(
            "制定数据缺失、生产活动或报告方法发生变化时的应对措施。若仪表失灵或核算某项排放源所需的水平或排放因子数据缺失，企业应采用适当的估算方法获得相应时期缺失参数的保守替代数据。",
            "建立文档管理规范，保存、维护有关温室气体年度报告的文档和数据记录，确保相关文档在第三方核查以及向主管部门汇报时可用。",
            "建立数据的内部审核和验证程序，通过不同数据源的交叉验证、统计核算期内数据波动情况、与多年历史运行数据的比对等主要逻辑审核关系，确保活动水平数据的完整性和准确性。",
            "配备车间级、设备级用能计量设备，分析主要排放源及高耗能工序，有利于识别节能降耗的改进方向。");

    static final List<String> IMPROVEMENTS_EN = List.of(
            "Set out what to do when data are missing or when production activities or reporting methods change. If a meter fails or the activity data or emission factor of a source are missing, estimate conservative substitute values for the period by an appropriate method.",
            "Set up document management rules to keep and maintain the documents and records of the annual greenhouse gas report, so that they are available for third-party verification and for reporting to the authorities.",
            "Set up internal review and verification of the data — cross-checks between data sources, the variation of the data within the reporting period, comparison with historical operating data — to ensure the completeness and accuracy of the activity data.",
            "Install energy meters per workshop and per major item of equipment and analyse the main emission sources and energy-intensive steps, to identify where energy and emissions can be saved.");
}
