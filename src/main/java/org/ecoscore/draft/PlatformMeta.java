package org.ecoscore.draft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.core.Text;
import org.ecoscore.framework.MetaRole;

/**
 * The metadata columns survey platforms add to their exports (docs/platforms.md), recognised by header so
 * that a draft does not take them for questions. Each is given the {@code meta.csv} role ecoscore reads it
 * as, or none (the column is then left out and listed). A <em>fallback</em> role is used only when the
 * export has no column of the framework's own aliases for that role (a respondent number is the id only when
 * there is no firm id column; the IP location is the region only when no region is asked).
 */
final class PlatformMeta {
    /** One recognised header: the platform, the role (null = not read), whether the role is a fallback. */
    record Known(String platform, MetaRole role, boolean fallback) {
    }

    private static final Map<String, Known> KNOWN = new LinkedHashMap<>();

    private static void put(String platform, MetaRole role, boolean fallback, String... headers) {
        for (String h : headers) KNOWN.putIfAbsent(Text.normalise(h), new Known(platform, role, fallback));
    }

    static {
        String wjx = "问卷星";
        put(wjx, MetaRole.ID, true, "序号", "答卷序号");
        put(wjx, MetaRole.SUBMITTED, false, "提交答卷时间");
        put(wjx, MetaRole.DURATION, false, "所用时间");
        put(wjx, MetaRole.REGION, true, "来自IP", "来自ip", "IP地址");
        put(wjx, null, false, "来源", "来源详情", "总分", "用户ID", "微信昵称", "微信OpenID", "答题序号", "自定义字段",
                "考试分数", "得分", "填写设备", "操作系统", "浏览器");
        String tencent = "腾讯问卷";
        put(tencent, MetaRole.ID, true, "编号", "答卷编号");
        put(tencent, MetaRole.SUBMITTED, false, "结束答题时间");
        put(tencent, MetaRole.DURATION, false, "答题时长");
        put(tencent, MetaRole.PROVINCE, false, "地理位置省", "地理位置(省)", "省份(IP)");
        put(tencent, MetaRole.CITY, false, "地理位置市", "地理位置(市)", "城市(IP)");
        put(tencent, null, false, "开始答题时间", "起始答题时间", "用户类型", "用户标识", "昵称", "地理位置国家和地区",
                "地理位置国家", "来源IP", "IP", "渠道", "答题渠道", "标签");
        String docs = "腾讯文档";
        put(docs, MetaRole.SUBMITTED, false, "提交时间");
        put(docs, null, false, "提交者", "提交人", "修改时间", "最后修改时间", "填写人");
        String qualtrics = "Qualtrics";
        put(qualtrics, MetaRole.ID, true, "ResponseId", "ResponseID", "Response ID");
        put(qualtrics, MetaRole.SUBMITTED, false, "RecordedDate", "Recorded Date", "EndDate", "End Date");
        put(qualtrics, MetaRole.DURATION, false, "Duration (in seconds)");
        put(qualtrics, null, false, "StartDate", "Start Date", "Status", "Response Type", "IPAddress", "IP Address",
                "Progress", "Finished", "RecipientLastName", "Recipient Last Name", "RecipientFirstName",
                "Recipient First Name", "RecipientEmail", "Recipient Email", "ExternalReference",
                "External Data Reference", "ExternalDataReference", "LocationLatitude", "Location Latitude",
                "LocationLongitude", "Location Longitude", "LocationAccuracy", "Location Accuracy",
                "DistributionChannel", "Distribution Channel", "UserLanguage", "User Language", "ResponseSet",
                "Response Set", "EmailAddress", "Email Address", "Q_RecaptchaScore", "Q_RelevantIDDuplicate",
                "Q_RelevantIDDuplicateScore", "Q_RelevantIDFraudScore", "Q_RelevantIDLastStartDate");
        String lime = "LimeSurvey";
        put(lime, MetaRole.ID, true, "id");
        put(lime, MetaRole.SUBMITTED, false, "submitdate", "Date submitted");
        put(lime, MetaRole.DURATION, false, "interviewtime", "Total time");
        put(lime, null, false, "lastpage", "Last page", "startlanguage", "Start language", "seed", "Seed",
                "startdate", "Date started", "datestamp", "Date last action", "ipaddr", "IP address", "refurl",
                "Referrer URL", "token", "Token", "Access code");
    }

    private PlatformMeta() {
    }

    /** The platform metadata a header is, or null. LimeSurvey's timing columns ({@code groupTime12}) too. */
    static Known known(String header) {
        String h = Text.normalise(HeaderParts.clean(java.text.Normalizer.normalize(header,
                java.text.Normalizer.Form.NFKC)));
        Known k = KNOWN.get(h);
        if (k != null) return k;
        java.util.regex.Matcher lime = HeaderParts.LIME_CODE_TEXT.matcher(header.strip());
        if (lime.matches()) {
            k = KNOWN.get(Text.normalise(lime.group(1)));
            if (k == null) k = KNOWN.get(Text.normalise(lime.group(2)));
            if (k != null) return k;
        }
        if (h.matches("grouptime\\d+|[a-z]+\\d+[a-z0-9]*time")) {
            return new Known("LimeSurvey", null, false);
        }
        if (h.startsWith("group time:") || h.startsWith("question time:")) return new Known("LimeSurvey", null, false);
        return null;
    }

    /** Every header recognised, for the documentation test: normalised header → what it is. */
    static Map<String, Known> all() {
        return java.util.Collections.unmodifiableMap(KNOWN);
    }

    /** Platforms' header texts for a role that the default meta.csv lacks (listed in docs/platforms.md). */
    static List<String> headersOf(MetaRole role) {
        return KNOWN.entrySet().stream().filter(e -> e.getValue().role() == role).map(Map.Entry::getKey).toList();
    }
}
