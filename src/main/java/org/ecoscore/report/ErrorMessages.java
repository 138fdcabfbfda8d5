package org.ecoscore.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecoscore.core.EcoscoreException;

/**
 * The message catalogue of the errors that stop a run ({@link EcoscoreException}), beside {@link IssueMessages}:
 * for the common user errors (an input or framework path that does not exist, a file that is not a
 * questionnaire, a password, an output that cannot be written …) one template in Chinese per code, with the
 * specifics as named parameters. The English is always the exception's own message. An exception without a
 * code, or without a parameter its template names, shows its English message in every language.
 */
public final class ErrorMessages {
    private static final Map<String, String> ZH = templates();
    /** The reasons core.AtomicFiles gives for an output it cannot write, in Chinese. */
    private static final Map<String, String> WRITE_REASONS_ZH = Map.of(
            "permission denied (the folder is not writable, or the file is open in Excel)",
            "没有权限（文件夹不可写，或文件正在 Excel 中打开）",
            "the folder does not exist", "文件夹不存在",
            "it is a folder", "这是一个文件夹",
            "the disk is full", "磁盘已满");

    private ErrorMessages() {
    }

    /** "file, sheet S, row 5, column D: message" in the language asked for. */
    public static String userMessage(EcoscoreException e, boolean english) {
        if (english) return e.userMessage();
        String zh = message(e.code(), e.params());
        if (zh == null) return e.userMessage();
        StringBuilder loc = new StringBuilder(e.file());
        if (!e.sheet().isEmpty()) loc.append(loc.length() > 0 ? "，" : "").append("工作表 ").append(e.sheet());
        if (e.row() > 0) loc.append(loc.length() > 0 ? "，" : "").append("第 ").append(e.row()).append(" 行");
        if (!e.column().isEmpty()) loc.append(loc.length() > 0 ? "，" : "").append(e.column()).append(" 列");
        return loc.length() == 0 ? zh : loc + "：" + zh;
    }

    /**
     * The Chinese message of a code (and its {@code form} parameter) with its parameters filled in; null when
     * the catalogue has none or a parameter is missing.
     */
    public static String message(String code, Map<String, String> params) {
        if (code == null || code.isEmpty()) return null;
        String form = params.get("form");
        String t = ZH.get(form == null ? code : code + "/" + form);
        if (t == null) return null;
        Map<String, String> zh = new LinkedHashMap<>(params);
        String reason = params.get("reason");
        if (reason != null && code.equals("cannot-write")) zh.put("reason", WRITE_REASONS_ZH.getOrDefault(reason, reason));
        return IssueMessages.fill(t, zh, true);
    }

    /** The Chinese message of a parameter carried as {@code name@code} and {@code name.PARAM} (see Issue). */
    static String nested(String name, Map<String, String> params) {
        String code = params.get(name + "@code");
        if (code == null) return null;
        Map<String, String> inner = new HashMap<>();
        String prefix = name + ".";
        params.forEach((k, v) -> {
            if (k.startsWith(prefix)) inner.put(k.substring(prefix.length()), v);
        });
        return message(code, inner);
    }

    /**
     * Why a file could not be read, in the language asked for: the reason its {@code unreadable-file} issue
     * carries, in Chinese when the catalogue has it; else the file's own (English) error; null for a file that
     * was read.
     */
    public static String fileError(org.ecoscore.input.InputFile f, org.ecoscore.core.IssueLog issues, boolean english) {
        if (f.readable() || english || issues == null) return f.error();
        for (org.ecoscore.core.Issue i : issues.all()) {
            if (i.code().equals("unreadable-file") && i.file().equals(f.display())) {
                String zh = nested("reason", i.params());
                return zh == null ? f.error() : zh;
            }
        }
        return f.error();
    }

    /** Whether the catalogue has a Chinese message for the code (with its form, "" for none). */
    public static boolean has(String code, String form) {
        return ZH.containsKey(form == null || form.isEmpty() ? code : code + "/" + form);
    }

    private static Map<String, String> templates() {
        String noHeader = "前 10 行中没有与指标体系题目对应的表头行：请确认这是指标体系 {framework} 的问卷，或用 -f 指定指标体系";
        return Map.ofEntries(
                Map.entry("no-inputs", "没有给出问卷：请至少指定一个文件或文件夹（如 ecoscore score answers.xlsx），"
                        + "或用 --region-data 给出地区问卷，或用 --expert-data 给出专家评分。"),
                Map.entry("no-such-input", "文件或文件夹不存在：请检查路径（路径含空格时请加引号）。"),
                Map.entry("no-such-input/named", "文件或文件夹不存在：{path}。请检查路径（路径含空格时请加引号）。"),
                Map.entry("output-is-input", "{option} {path} 是给出的问卷之一：ecoscore 从不覆盖输入文件。请为 {option} 另选路径。"),
                Map.entry("no-such-framework", "指标体系文件夹或工作簿不存在：请检查 -f 给出的路径。"),
                Map.entry("no-such-baseline", "--baseline {path}：文件或文件夹不存在。请给出往年运行的报告（.xlsx）"
                        + "或其 --csv 写出的文件夹。"),
                Map.entry("no-header-row/sheet", "工作表 {sheet} " + noHeader),
                Map.entry("no-header-row/file", "本文件" + noHeader),
                Map.entry("no-header-row/any-sheet", "所有工作表的" + noHeader),
                Map.entry("not-a-spreadsheet", "不是本工具能读取的电子表格（既非 .xlsx、.xls，也非 CSV 文本；可能已损坏）："
                        + "请用 Excel 或 WPS 打开并另存为 .xlsx 后重新运行"),
                Map.entry("password-protected", "设有密码保护：请去掉密码另存后重新运行"),
                Map.entry("cannot-write", "无法写入 {target}：{reason}。请为 {option} 另选路径"));
    }
}
