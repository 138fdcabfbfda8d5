package org.ecoscore.draft;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Exports shaped as the survey platforms write them (docs/platforms.md), generated with made-up answers: the
 * header rows, metadata columns, header styles and answer codes of each platform. Respondent i (0-based) of
 * every survey answers by a fixed rule written beside each column, so that tests can compute scores by hand.
 */
final class PlatformExports {
    static final int N = 12;
    static final String[] AGREE = {"非常不同意", "不同意", "一般", "同意", "非常同意"};
    static final String[] SATISFY = {"非常不满意", "不满意", "一般", "满意", "非常满意"};
    static final String[] FIT = {"非常不符合", "比较不符合", "一般", "比较符合", "非常符合"};
    static final String[] PROVINCES = {"北京", "上海", "广东"};

    private PlatformExports() {
    }

    /** 问卷星's header of one survey (the same in its 按文本 and 按序号 exports). */
    static final List<String> WJX_HEADER = List.of("序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP",
            "1、企业名称", "2、所在省份(填空题)", "3、本企业的研发方向与国家战略需求高度契合(单选题 *必答)",
            "4、您对当地政府服务的满意度(单选题 *必答)", "5、近三年是否参与过揭榜挂帅项目(单选题)",
            "6、研发投入占营业收入的比例(填空题)", "第7题(外观)", "第7题(价格)", "8、您对政策还有什么建议(填空题)", "总分");

    /**
     * One 问卷星 row: agree = 1 + i%5, satisfaction = 1 + (i+2)%5, 揭榜挂帅 = 是 unless i%3 == 0, R&D share
     * = 2.5·i, 外观 = 1 + (i+1)%5, 价格 = 5 − i%5; as labels ({@code byText}) or option numbers (是 1, 否 2).
     */
    static List<Object> wjxRow(int i, boolean byText) {
        int agree = 1 + i % 5;
        int satisfy = 1 + (i + 2) % 5;
        boolean yes = i % 3 != 0;
        int look = 1 + (i + 1) % 5;
        int price = 5 - i % 5;
        List<Object> r = new ArrayList<>();
        r.add((double) (i + 1));
        r.add(String.format("2025/3/%d 10:%02d:00", 1 + i % 28, i));
        r.add((100 + 7 * i) + "秒");
        r.add("手机提交");
        r.add("直接访问");
        r.add("IP(" + PROVINCES[i % 3] + "-某市)");
        r.add("测试企业" + (i + 1));
        r.add(PROVINCES[i % 3]);
        r.add(byText ? AGREE[agree - 1] : (Object) (double) agree);
        r.add(byText ? SATISFY[satisfy - 1] : (Object) (double) satisfy);
        r.add(byText ? (yes ? "是" : "否") : (Object) (yes ? 1.0 : 2.0));
        r.add(2.5 * i);
        r.add(byText ? look + "分" : (Object) (double) look);
        r.add(byText ? price + "分" : (Object) (double) price);
        r.add(i % 4 == 0 ? "" : "建议加强第" + i + "项支持");
        r.add((double) (agree + satisfy));
        return r;
    }

    static Path wjx(Path dir, String name, boolean byText) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(WJX_HEADER));
        for (int i = 0; i < N; i++) rows.add(wjxRow(i, byText));
        return workbook(dir.resolve(name), rows, name.endsWith(".xls"));
    }

    /** The options of 问卷星 multi-select question 1, in the survey's order. */
    static final String[] FIELDS = {"计算机视觉", "自然语言处理", "智能硬件(机器人、无人机等)", "其他", "以上都没有"};

    /**
     * 问卷星 with a multi-select question in both shapes: 按文本 one cell joined by ┋ ({@code 其他〖…〗} with
     * fill-in text), 按序号 one 0/1 column per option ({@code 第1题(X)}). Respondent i chooses 计算机视觉 when
     * i%2 == 0, 自然语言处理 when i%3 == 0, 智能硬件 when i%4 == 1, 其他 when i == 7, and 以上都没有 when none of
     * these (i == 11); agree = 1 + i%5.
     */
    static Path wjxMulti(Path dir, String name, boolean byText) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> head = new ArrayList<>(List.of("序号", "提交答卷时间", "所用时间"));
        if (byText) {
            head.add("1、贵企业的主要业务领域(多选题 *必答)");
        } else {
            for (String f : FIELDS) head.add("第1题(" + f + ")");
        }
        head.add("2、本企业的研发方向与国家战略需求高度契合(单选题 *必答)");
        rows.add(head);
        for (int i = 0; i < N; i++) {
            boolean[] chosen = {i % 2 == 0, i % 3 == 0, i % 4 == 1, i == 7, false};
            chosen[4] = !(chosen[0] || chosen[1] || chosen[2] || chosen[3]);
            List<Object> r = new ArrayList<>(List.of((double) (i + 1), String.format("2025/3/%d 10:%02d:00", 1 + i, i),
                    (90 + i) + "秒"));
            if (byText) {
                List<String> picked = new ArrayList<>();
                for (int k = 0; k < FIELDS.length; k++) {
                    if (chosen[k]) picked.add(k == 3 ? "其他〖公益┋教育〗" : FIELDS[k]);
                }
                r.add(String.join("┋", picked));
            } else {
                for (boolean c : chosen) r.add(c ? 1.0 : 0.0);
            }
            int agree = 1 + i % 5;
            r.add(byText ? AGREE[agree - 1] : (Object) (double) agree);
            rows.add(r);
        }
        return workbook(dir.resolve(name), rows, false);
    }

    /**
     * 腾讯问卷 CSV in GBK: 揭榜挂帅-like yes/no (是 unless i%3 == 0), a matrix (fit 1 + i%5 and 1 + (i+3)%5,
     * 不知道 for respondent 5),
     * staff = 20 + 15·i, a comment.
     */
    static Path tencent(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("编号,用户类型,用户标识,昵称,起始答题时间,结束答题时间,答题时长,地理位置国家和地区,地理位置省,地理位置市,自定义字段,"
                + "1.贵公司的研发投入是否享受了加计扣除政策,2.请评价以下方面:政策透明度,2.请评价以下方面:办事效率,3.贵公司员工人数,4.其他意见");
        for (int i = 0; i < N; i++) {
            lines.add(String.join(",", Integer.toString(i + 1), "微信", "o" + (1000 + i), "用户" + i,
                    "2025-04-02 10:00:00", String.format("2025-04-02 10:%02d:30", 5 + i), "2分" + (10 + i) + "秒",
                    "中国", "江苏", "南京", "", i % 3 != 0 ? "是" : "否", FIT[i % 5], i == 5 ? "不知道" : FIT[(i + 3) % 5],
                    Integer.toString(20 + 15 * i), i % 2 == 0 ? "无" : "希望简化申报流程，第" + i + "条"));
        }
        return text(dir.resolve("tencent.csv"), lines, Charset.forName("GBK"));
    }

    /** Qualtrics' three header rows (codes, texts, ImportId). */
    static final String QUALTRICS_META = "StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,"
            + "RecordedDate,ResponseId,RecipientLastName,RecipientFirstName,RecipientEmail,ExternalReference,"
            + "LocationLatitude,LocationLongitude,DistributionChannel,UserLanguage";
    static final String[] SATISFY_EN = {"Extremely dissatisfied", "Somewhat dissatisfied",
        "Neither satisfied nor dissatisfied", "Somewhat satisfied", "Extremely satisfied"};
    static final String[] AGREE7 = {"Strongly disagree", "Disagree", "Somewhat disagree",
        "Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree"};

    /**
     * Qualtrics CSV (choice text): satisfaction 1 + i%5, a matrix on a 7-point agree scale (1 + i%7 and
     * 7 − i%7), exports Yes unless i%4 == 0, employees 10·(i+1), a comment.
     */
    static Path qualtrics(Path dir) throws IOException {
        return qualtrics(dir, false);
    }

    /** As {@link #qualtrics(Path)}; {@code dictStyle}: the 2016 exports' third row {@code {'ImportId': 'QID1'}}. */
    static Path qualtrics(Path dir, boolean dictStyle) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(QUALTRICS_META + ",Q1,Q2_1,Q2_2,Q3,Q4,Q5");
        lines.add("Start Date,End Date,Response Type,IP Address,Progress,Duration (in seconds),Finished,Recorded Date,"
                + "Response ID,Recipient Last Name,Recipient First Name,Recipient Email,External Data Reference,"
                + "Location Latitude,Location Longitude,Distribution Channel,User Language,"
                + "How satisfied are you with local government services?,Please rate - Price,Please rate - Quality,"
                + "Do you export?,Number of employees,Any other comments?");
        lines.add("\"{\"\"ImportId\"\":\"\"startDate\"\",\"\"timeZone\"\":\"\"America/Denver\"\"}\","
                + "\"{\"\"ImportId\"\":\"\"endDate\"\",\"\"timeZone\"\":\"\"America/Denver\"\"}\","
                + "\"{\"\"ImportId\"\":\"\"status\"\"}\",\"{\"\"ImportId\"\":\"\"ipAddress\"\"}\","
                + "\"{\"\"ImportId\"\":\"\"progress\"\"}\",\"{\"\"ImportId\"\":\"\"duration\"\"}\","
                + "\"{\"\"ImportId\"\":\"\"finished\"\"}\",\"{\"\"ImportId\"\":\"\"recordedDate\"\"}\","
                + "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"recipientLastName\"\"}\","
                + "\"{\"\"ImportId\"\":\"\"recipientFirstName\"\"}\",\"{\"\"ImportId\"\":\"\"recipientEmail\"\"}\","
                + "\"{\"\"ImportId\"\":\"\"externalDataReference\"\"}\",\"{\"\"ImportId\"\":\"\"locationLatitude\"\"}\","
                + "\"{\"\"ImportId\"\":\"\"locationLongitude\"\"}\",\"{\"\"ImportId\"\":\"\"distributionChannel\"\"}\","
                + "\"{\"\"ImportId\"\":\"\"userLanguage\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\","
                + "\"{\"\"ImportId\"\":\"\"QID2_1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2_2\"\"}\","
                + "\"{\"\"ImportId\"\":\"\"QID3\"\"}\",\"{\"\"ImportId\"\":\"\"QID4_TEXT\"\"}\","
                + "\"{\"\"ImportId\"\":\"\"QID5_TEXT\"\"}\"");
        if (dictStyle) {
            String row = lines.remove(2);
            lines.add(2, row.replace("\"\"", "'").replace("{'ImportId':", "{'ImportId': ")
                    .replace("\"{", "\"{").replace(",'timeZone':", ", 'timeZone': "));
        }
        for (int i = 0; i < N; i++) {
            String t = String.format("2021-02-02 20:%02d:58", 10 + i);
            lines.add(String.join(",", t, t, "IP Address", "10.0.0." + i, "100", Integer.toString(300 + i), "True", t,
                    "R_" + Integer.toHexString(0xA1B2C3 + i), "", "", "", "", "31.2", "121.4", "anonymous", "EN",
                    SATISFY_EN[i % 5], AGREE7[i % 7], AGREE7[6 - i % 7], i % 4 == 0 ? "No" : "Yes",
                    Integer.toString(10 * (i + 1)), i % 3 == 0 ? "" : "\"Fine, thanks (" + i + ")\""));
        }
        return text(dir.resolve(dictStyle ? "qualtrics-2016.csv" : "qualtrics.csv"), lines, StandardCharsets.UTF_8);
    }

    /** LimeSurvey CSV (question and answer codes): 5-point 1 + i%5, an array (1 + (i+1)%5, 1 + (i+4)%5), Y/N
     * (Y when i is even), a number 1.5·i, a comment. */
    static Path limeSurvey(Path dir) throws IOException {
        return limeSurvey(dir, false);
    }

    /** As {@link #limeSurvey(Path)}; {@code codeAndText}: headings "question code &amp; question text". */
    static Path limeSurvey(Path dir, boolean codeAndText) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(codeAndText
                ? "id. Response ID,submitdate. Date submitted,lastpage. Last page,startlanguage. Start language,"
                + "seed. Seed,startdate. Date started,datestamp. Date last action,"
                + "G1Q1. How do you rate the local innovation policy?,"
                + "G1Q2[SQ001]. Rate the following services: [Financing],G1Q2[SQ002]. Rate the following services: "
                + "[Talent],G1Q3. Did you receive an R&D subsidy?,G1Q4. R&D staff (full-time equivalent),"
                + "G1Q5. Other comments,interviewtime. Total time"
                : "id,submitdate,lastpage,startlanguage,seed,startdate,datestamp,G1Q1,G1Q2[SQ001],G1Q2[SQ002],G1Q3,"
                + "G1Q4,G1Q5,interviewtime");
        for (int i = 0; i < N; i++) {
            String t = String.format("2024-05-06 09:%02d:00", 10 + i);
            lines.add(String.join(",", Integer.toString(i + 1), t, "2", "zh-Hans", Integer.toString(123456 + 97 * i), t,
                    t, Integer.toString(1 + i % 5), Integer.toString(1 + (i + 1) % 5), Integer.toString(1 + (i + 4) % 5),
                    i % 2 == 0 ? "Y" : "N", Double.toString(1.5 * i), i % 3 == 0 ? "" : "comment " + i,
                    Double.toString(200.5 + i)));
        }
        return text(dir.resolve(codeAndText ? "limesurvey-text.csv" : "limesurvey.csv"), lines, StandardCharsets.UTF_8);
    }

    /** 腾讯文档 collection form (xlsx, unnumbered headers): satisfaction 1 + (i+1)%5, subsidy 是 when i%2 == 1,
     * R&D staff 3·i, a city, a comment. */
    static Path tencentDocs(Path dir) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("提交者", "提交时间", "企业名称", "所在城市", "您对园区服务的满意程度", "是否获得过政府研发补贴",
                "研发人员数量", "意见建议"));
        String[] cities = {"深圳", "杭州", "苏州"};
        for (int i = 0; i < N; i++) {
            rows.add(List.of("微信用户" + i, String.format("2025/03/%02d 15:29", 1 + i), "测试公司" + i, cities[i % 3],
                    SATISFY[(i + 1) % 5], i % 2 == 1 ? "是" : "否", (double) (3 * i), i % 2 == 0 ? "" : "无意见" + i));
        }
        return workbook(dir.resolve("tencent-docs.xlsx"), rows, false);
    }

    static Path workbook(Path file, List<List<Object>> rows, boolean xls) throws IOException {
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet(xls ? "Sheet1" : "Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Double d) row.createCell(c).setCellValue(d);
                    else if (!"".equals(v)) row.createCell(c).setCellValue((String) v);
                }
            }
            wb.write(out);
        }
        return file;
    }

    static Path text(Path file, List<String> lines, Charset charset) throws IOException {
        Files.write(file, (String.join("\r\n", lines) + "\r\n").getBytes(charset));
        return file;
    }
}
