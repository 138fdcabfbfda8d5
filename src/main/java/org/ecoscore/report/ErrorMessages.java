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
    /** What to do with a damaged workbook, the end of several reasons. */
    private static final String SAVE_AGAIN = "请用 Excel 或 WPS 打开，另存为 .xlsx 后重新运行";

    private static final Map<String, String> ZH = templates();
    /** The reasons core.AtomicFiles gives for an output it cannot write, in Chinese. */
    private static final Map<String, String> WRITE_REASONS_ZH = Map.of(
            "permission denied (the folder is not writable, or the file is open in Excel)",
            "没有权限（文件夹不可写，或文件正在 Excel 中打开）",
            "the folder does not exist", "文件夹不存在",
            org.ecoscore.core.AtomicFiles.NOT_A_FOLDER_FOR_FILES,
            "无法在该文件夹中新建文件（这是系统文件夹，如 /proc，或你没有写入权限）：请写到你自己的文件夹中",
            "it is a folder", "这是一个文件夹",
            "the disk is full", "磁盘已满");

    private ErrorMessages() {
    }

    /** "file, sheet S, row 5, column D: message" in the language asked for. */
    public static String userMessage(EcoscoreException e, boolean english) {
        if (english) return e.userMessage();
        String zh = chinese(e);
        if (zh == null) return e.userMessage();
        StringBuilder loc = new StringBuilder(e.file().equals("built-in") ? "内置指标体系" : e.file());
        if (!e.sheet().isEmpty()) loc.append(loc.length() > 0 ? "，" : "").append("工作表 ").append(e.sheet());
        if (e.row() > 0) loc.append(loc.length() > 0 ? "，" : "").append("第 ").append(e.row()).append(" 行");
        if (!e.column().isEmpty()) loc.append(loc.length() > 0 ? "，" : "").append(e.column()).append(" 列");
        return loc.length() == 0 ? zh : loc + "：" + zh;
    }

    /**
     * The Chinese message of an exception (without its location), null when the catalogue has none: a framework
     * refused lists its problems each in Chinese (FrameworkProblemWords).
     */
    public static String chinese(EcoscoreException e) {
        if (!(e instanceof org.ecoscore.framework.FrameworkException fe)) return message(e.code(), e.params());
        StringBuilder list = new StringBuilder();
        for (org.ecoscore.framework.Problem p : fe.problemList()) {
            list.append(list.length() > 0 ? System.lineSeparator() : "").append("  ")
                    .append(FrameworkProblemWords.say(p, false));
        }
        Map<String, String> params = new LinkedHashMap<>(e.params());
        params.put("problems", list.toString());
        return message(e.code(), params);
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
        for (String k : params.keySet()) {                 // a part said by a code of its own (BaselineReader's why)
            if (!k.endsWith("@code")) continue;
            String part = k.substring(0, k.length() - "@code".length());
            String said = nested(part, params);
            if (said != null) zh.put(part, said);
        }
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
                Map.entry("skip-file-blank", "--skip-file 须给出文件名的模式，如 --skip-file '说明*.xlsx'；见 README“Input folders”。"),
                Map.entry("skip-file-pattern", "--skip-file {pattern} 不是文件名模式（{reason}）：每个 [ 和 { 都须闭合，如 --skip-file '说明*.xlsx'；"
                        + "见 README“Input folders”。"),
                Map.entry("output-is-input", "{option} {path} 是给出的问卷之一：ecoscore 从不覆盖输入文件。请为 {option} 另选路径。"),
                Map.entry("output-in-input-folder", "{option} {path} 位于输入文件夹 {folder} 中，会被当作问卷读取：ecoscore 从不覆盖"
                        + "输入文件。请为 {option} 选择 {folder} 以外的路径。"),
                Map.entry("csv-in-input-folder", "{option} {path} 位于输入文件夹 {folder} 中：下次运行会把其中的表格（firms.csv、regions.csv 等）"
                        + "当作问卷读取。请为 {option} 选择 {folder} 以外的文件夹。"),
                Map.entry("no-such-framework", "指标体系文件夹或工作簿不存在：请检查 -f 给出的路径。"),
                Map.entry("no-such-baseline", "--baseline {path}：文件或文件夹不存在。请给出往年运行的报告（.xlsx）"
                        + "或其 --csv 写出的文件夹。"),
                Map.entry("web-page", "是网页（HTML 或 XML），不是电子表格，尽管文件名像电子表格（有些网页上的“Excel”下载就是这样）："
                        + "请用 Excel 或 WPS 打开并另存为 .xlsx 后重新运行"),
                Map.entry("own-report", "这是 ecoscore 的报告（含“{method}”和“{other}”工作表），不是问卷：请不要把它作为输入（把它移出问卷所在的"
                        + "文件夹）；要与往年报告比较，请用 --baseline 给出它"),
                Map.entry("text-named-workbook", "是纯文本而不是工作簿（尽管文件名像工作簿），且没有一行是问卷的表头：如为问卷平台的导出，"
                        + "请重新下载（.xlsx）；否则请把它移出输入"),
                Map.entry("no-header-row/sheet", "工作表 {sheet} " + noHeader),
                Map.entry("no-header-row/file", "本文件" + noHeader),
                Map.entry("no-header-row/any-sheet", "所有工作表的" + noHeader),
                Map.entry("not-a-spreadsheet", "不是本工具能读取的电子表格（既非 .xlsx、.xls，也非 CSV 文本；可能已损坏）："
                        + "请用 Excel 或 WPS 打开并另存为 .xlsx 后重新运行"),
                Map.entry("password-protected", "设有密码保护：请去掉密码另存后重新运行"),
                // why a file cannot be read (the reason of an unreadable-file issue; the specifics in English)
                Map.entry("file-empty", "是空文件（0 字节）：请重新导出问卷后再运行"),
                Map.entry("file-not-found", "不存在：请检查路径后重新运行"),
                Map.entry("file-cannot-read", "无法读取（{detail}）：请确认文件存在且你有权读取，然后重新运行"),
                Map.entry("folder-cannot-list", "无法列出文件夹中的文件（{detail}）：请确认你有权读取该文件夹"),
                Map.entry("file-damaged", "已损坏或不完整（{detail}）：" + SAVE_AGAIN),
                Map.entry("file-damaged/not-xlsx", "已损坏或不完整（{detail}）：不是完整的 xlsx 文件。" + SAVE_AGAIN),
                Map.entry("file-damaged-sheet", "已损坏：工作表“{sheet}”无法读取（{detail}）。" + SAVE_AGAIN),
                Map.entry("file-xlsb", "是二进制工作簿（.xlsb），本工具无法读取：请用 Excel 打开，另存为 .xlsx 后重新运行"),
                Map.entry("file-not-workbook", "是 zip 压缩包而不是 Excel 工作簿（其中没有工作簿部件）："
                        + "请确认给出的文件无误，或另存为 .xlsx 后重新运行"),
                Map.entry("file-excel95", "以 Excel 5/95 格式保存，本工具无法读取：" + SAVE_AGAIN),
                Map.entry("file-not-xls", "不是可读取的 .xls 工作簿（{detail}）：" + SAVE_AGAIN),
                Map.entry("file-interrupted", "读取被中断"),
                Map.entry("file-too-much-text", "共享字符串表超过 {max} 个字符，疑为 zip 炸弹而被拒绝："
                        + "请删去多余的文字后保存，再重新运行"),
                Map.entry("file-part-too-large", "有一个超过 4 GB 的部件（{part}），疑为 zip 炸弹而被拒绝："
                        + "请用 Excel 打开，另存为 .xlsx 后重新运行"),
                Map.entry("file-zip-bomb", "疑为 zip 炸弹：其部件 {part} 解压后超过存储大小的 100 倍，已被拒绝。"
                        + "如果文件确是真实的问卷，请用 Excel 打开，另存为 .xlsx 后重新运行"),
                Map.entry("file-doctype", "其部件 {part} 含有 XML 文档类型声明（DOCTYPE），真正的 Excel 文件从不含有，"
                        + "为安全起见已拒绝。请用 Excel 打开，另存为 .xlsx 后重新运行"),
                Map.entry("file-not-utf8", "已损坏：其部件 {part} 含有不是 UTF-8 文本的字节。" + SAVE_AGAIN),
                Map.entry("file-bad-xml", "已损坏：其部件 {part} 不是格式正确的 XML{why}。" + SAVE_AGAIN),
                Map.entry("sheet-damaged/cell-not-closed", "已损坏：有一个单元格没有结束。" + SAVE_AGAIN),
                Map.entry("sheet-damaged/no-shared-string", "已损坏：有一个单元格引用了不存在的共享字符串 {index}。" + SAVE_AGAIN),
                Map.entry("sheet-damaged/ends-in-tag", "已损坏：工作表在一个标记中间结束。" + SAVE_AGAIN),
                Map.entry("sheet-damaged/ends-in-value", "已损坏：工作表在一个值中间结束。" + SAVE_AGAIN),
                Map.entry("sheet-damaged/undeclared-entity", "已损坏：使用了未声明的 XML 实体。" + SAVE_AGAIN),
                Map.entry("sheet-damaged/index-not-number", "已损坏：有一个共享字符串序号不是数字。" + SAVE_AGAIN),
                Map.entry("sheet-damaged/not-a-number", "已损坏：有一个数值单元格的内容是“{value}”。" + SAVE_AGAIN),
                Map.entry("file-cut-short", "无法读到文件末尾（{detail}）：请确认文件完整且可以读取"),
                Map.entry("file-open-quote", "从第 {line} 行开始的带引号字段没有结束引号：请检查该行的双引号（\"），"
                        + "或在电子表格程序中重新保存该文件"),
                Map.entry("sheet-too-wide", "有超出 {column} 列的单元格（超过 Excel 的上限 {count} 列）：请删去多余的列，"
                        + "或用 Excel 或 WPS 重新保存后再运行"),
                Map.entry("sheet-too-long", "有超出第 {rows} 行的行（Excel 的上限）：请把作答者分成几个文件，"
                        + "每个至多 {max} 行，并全部给出"),
                Map.entry("cell-too-long", "有超过 {chars} 个字符的单元格（CSV 文件中通常是一个没有结束的双引号 \"）："
                        + "请检查该行的引号，或在电子表格程序中重新保存后再运行"),
                Map.entry("no-such-sheet", "没有名为“{sheet}”的工作表；工作表有：{sheets}：请用 --sheet 给出其中之一"),
                Map.entry("question-two-columns", "题目 {question} 对应两列：{first} 列“{firstHeader}”和 {second} 列"
                        + "“{secondHeader}”：请重命名或删去其中一列，使每道题只有一列"),
                Map.entry("question-cell-and-options", "题目 {question} 既对应 {column} 列“{header}”（整个答案在一个单元格中），"
                        + "又对应 {count} 个选项列（从 {from} 列“{fromHeader}”起）：请删去其中一种，使答案只读取一次"),
                Map.entry("question-two-rows", "题目 {question} 出现在两行：第 {first} 行和第 {second} 行："
                        + "请删去其中一行，使每道题只有一行"),
                Map.entry("cannot-write", "无法写入 {target}：{reason}。请为 {option} 另选路径"),
                Map.entry("ahp-max-cr-not-positive", "--ahp-max-cr 须为正数，如 0.1。"),
                Map.entry("ahp-max-cr-without-ahp", "--ahp-max-cr 只用于 AHP 权重：请加上 --weights ahp（或 ahp+entropy），"
                        + "或去掉 --ahp-max-cr。"),
                // ecoscore trend
                Map.entry("trend-file-before-year", "{file} 在第一个 --year 之前：请把每个文件放在它所属年份的 --year 之后"
                        + "（--year 2024 {file} …）。"),
                Map.entry("trend-year-no-files", "--year {year} 之后没有问卷：请把该年的企业文件放在它之后"
                        + "（--year {year} firms.xlsx），和/或用 --region-data FILES 给出地区问卷。"),
                Map.entry("trend-year-twice", "--year {year} 给出了两次：每个年份只给一次，该年的所有文件都放在这一个 --year 之后。"),
                Map.entry("trend-year-twice/manifest", "年份 {year} 给出了两次（--manifest {manifest} 中和 --year 中）："
                        + "每个年份只给一次。"),
                Map.entry("trend-too-few-years", "趋势分析至少需要两个年份：用 --year YEAR FILES… 给出每个年份"
                        + "（如 --year 2024 firms-2024.xlsx --year 2025 firms-2025.xlsx），或在 --manifest 中列出。"),
                Map.entry("trend-not-a-year/option", "--year {text}：“{text}”不是年份：请写成四位数字，如 --year 2024 firms-2024.xlsx。"),
                Map.entry("trend-not-a-year/manifest", "{manifest} 第 {line} 行 year 列：“{text}”不是年份：请写成四位数字，如 2024。"),
                Map.entry("trend-own-output/report", "{year} 年：这是 ecoscore 的评价报告，不是问卷：trend 按各年的原始问卷"
                        + "（问卷平台的导出文件，如 surveys/{year}/firms）逐年计分；如需把今年与去年的报告比较，请用 "
                        + "ecoscore score 今年的问卷 --baseline {path}。"),
                Map.entry("trend-own-output/csv", "{year} 年：这是 ecoscore 写出的 CSV 表格文件夹（--csv），不是问卷：trend "
                        + "按各年的原始问卷（问卷平台的导出文件，如 surveys/{year}/firms）逐年计分；如需把今年与去年的结果比较，"
                        + "请用 ecoscore score 今年的问卷 --baseline {path}。"),
                Map.entry("trend-own-output/folder", "{year} 年：{file} 是 ecoscore 的评价报告或 CSV 表格，不是问卷：请把它移出这个"
                        + "文件夹后重新运行（trend 只按各年的问卷平台导出文件计分）；如需把今年与去年的报告比较，请用 "
                        + "ecoscore score 今年的问卷 --baseline {file}。"),
                Map.entry("trend-nothing-scored", "{year} 年：没有可计分的内容（没有可读取且有可计分行的问卷）："
                        + "请对该年的文件运行 ecoscore validate 查看原因。"),
                Map.entry("trend-no-index/regions-only", "{year} 年：没有可计分的内容——该年只有地区问卷，而按此指标体系，"
                        + "地区的指数需要其企业的作答：请加入该年的企业问卷（清单中 source 为 firm），或去掉这一年（文件：{files}）。"),
                Map.entry("trend-no-index/too-few-answers", "{year} 年：没有可计分的内容——没有企业或地区得到指数（作答的题目太少）："
                        + "请对该年的文件运行 ecoscore validate 查看原因（文件：{files}）。"),
                Map.entry("manifest-not-found", "--manifest {path}：文件不存在：请给出含 year、source、path 三列的 CSV 文件。"),
                Map.entry("manifest-unreadable", "清单无法按 UTF-8 编码的 CSV 文件读取：请另存为“CSV UTF-8”，列为 year,source,path。"),
                Map.entry("manifest-header", "第 1 行：表头须含 year、source 和 path 三列（实际为：{found}）。"),
                Map.entry("manifest-too-few-columns", "第 {line} 行：列数不足；每行应为 year,source,path。"),
                Map.entry("manifest-bad-source", "第 {line} 行 source 列：“{source}”既不是 firm 也不是 region。"),
                Map.entry("manifest-missing-path", "第 {line} 行 path 列：{path} 不存在；路径相对于清单所在的文件夹。"),
                // score --baseline: a file that is not ours, too new or damaged (why and where are nested codes)
                Map.entry("baseline-newer", "此基准由 ecoscore {version} 写出，比当前的 ecoscore {current} 新："
                        + "请用 ecoscore {version} 或更高版本运行。"),
                Map.entry("baseline-not-ours", "这不是 ecoscore 的输出（{why}）：请给 --baseline 一次往年运行的报告（.xlsx）"
                        + "或其 --csv 写出的文件夹。"),
                Map.entry("baseline-damaged", "此基准已损坏（{where}：{why}）：请重新为往年评分以重建其输出，或改为给出其报告。"),
                Map.entry("baseline.at-line", "{file} 第 {line} 行"),
                Map.entry("baseline.at-row", "第 {row} 行"),
                Map.entry("baseline.no-run-csv", "文件夹中没有 run.csv"),
                Map.entry("baseline.no-run-csv-inside", "文件夹中没有 run.csv，但其中有 {inside}：请给 --baseline 指定其中之一"),
                Map.entry("baseline.format", "run.csv 没有写明格式 {format}"),
                Map.entry("baseline.not-report", "既不是报告 .xlsx，也不是 CSV 文件夹"),
                Map.entry("baseline.no-method-sheet", "工作簿没有“方法说明 / Method”工作表"),
                Map.entry("baseline.no-version", "其方法说明工作表没有写明工具版本"),
                Map.entry("baseline.no-key", "缺少 {key}"),
                Map.entry("baseline.missing", "缺失"),
                Map.entry("baseline.no-file-row", "没有文件列和行号列"),
                Map.entry("baseline.no-column", "没有 {column} 列"),
                Map.entry("baseline.not-utf8", "无法按 UTF-8 CSV 读取"),
                Map.entry("baseline.header", "表头不是 {header}"),
                Map.entry("baseline.too-few-columns", "列数不足"),
                Map.entry("baseline.not-number", "“{value}”不是数字"),
                Map.entry("baseline.not-workbook", "无法作为 Excel 工作簿打开"),
                Map.entry("baseline.no-fingerprint", "没有指标体系指纹或现行指标体系表（记录评分尺度之前的 ecoscore 所写）"),
                Map.entry("baseline.not-level", "“{word}”不是层级"),
                // ecoscore framework draft / export
                Map.entry("draft-export-is-folder", "这是一个文件夹：请给出导出文件本身。"),
                Map.entry("draft-no-such-export", "文件不存在：请检查路径。"),
                Map.entry("draft-output-is-file", "这是一个文件：请用 -o 给出写入指标体系的文件夹。"),
                Map.entry("draft-output-not-empty", "文件夹不是空的：请用 -o 给出新的或空的文件夹，或加上 --force 替换其中的"
                        + "指标体系文件（{files}）。"),
                Map.entry("draft-cannot-list", "无法列出文件夹内容（{reason}）：请另选 -o 文件夹。"),
                Map.entry("draft-cannot-replace-missing", "无法替换以前草稿的 missing.csv（{reason}）：请手动删除它。"),
                Map.entry("draft-sheet-no-header", "工作表 {sheet} 的前 {rows} 行中没有表头行：请用 --sheet 指定存放答卷的工作表。"),
                Map.entry("draft-no-such-sheet", "没有名为“{sheet}”的工作表（现有：{sheets}）：请用 --sheet 指定其中之一。"),
                Map.entry("draft-no-header", "前 {rows} 行中没有表头行（各列标题所在的行）：请从问卷平台按表格导出答卷"
                        + "（每位受访者一行）后重新运行。"),
                Map.entry("draft-nothing/metadata", "没有可据以起草题目的答案列：所有列都是平台的元数据（序号、提交答卷时间、"
                        + "StartDate 等）。请给出含答卷的导出文件，每位受访者一行（问卷星：按序号或按文本；腾讯问卷、Qualtrics、LimeSurvey：CSV），见 docs/platforms.md。"),
                Map.entry("draft-nothing/unscorable", "没有可据以起草题目的答案列：没有一列的答案能由 ecoscore 计分（未收入 {count} "
                        + "列：{columns}）。请给出含答卷的导出文件，每位受访者一行（问卷星：按序号或按文本；腾讯问卷、Qualtrics、LimeSurvey：CSV），见 docs/platforms.md。"),
                Map.entry("export-cannot-assemble", "无法生成指标体系工作簿（{reason}）。"),
                Map.entry("export-sheet-name-too-long/node", "节点代码 {parent} 过长，无法用作 AHP 工作表名（Excel 限 31 个字符）："
                        + "请缩短代码，或将指标体系保留为 CSV 文件。"),
                Map.entry("export-sheet-name-too-long/expert", "节点代码 {parent} 加专家名 {expert} 过长，无法用作 AHP 工作表名"
                        + "（Excel 限 31 个字符）：请缩短代码或专家名，或将指标体系保留为 CSV 文件。"),
                Map.entry("export-sheet-name-char", "专家名 {expert} 含有 Excel 工作表名不允许的字符（\\ / ? * [ ] :）："
                        + "请重命名该专家的文件，或将指标体系保留为 CSV 文件。"),
                // ecoscore sample (the generators)
                Map.entry("panel-raters-min", "--raters 至少为 2（一致性分析需要两位专家）。"),
                Map.entry("panel-no-expert-question", "指标体系 {name} 没有专家评分题：请选用含 source 为 expert 的题目的指标体系"
                        + "（如 indicators/country-comparison），或用 --source firm。"),
                Map.entry("sample-firms-min", "--firms 至少为 1。"),
                // the command line (picocli's errors, cli.UsageErrors; our converters' reasons)
                Map.entry("usage.unknown-option", "未知的选项：{args}。"),
                Map.entry("usage.unmatched", "无法识别的参数：{args}（不是这里可用的命令或参数）。"),
                Map.entry("usage.option-twice", "选项 {option} 只能给出一次。"),
                Map.entry("usage.option-needs-value", "选项 {option} 缺少值（应为 {label}）。"),
                Map.entry("usage.missing-option", "缺少必需的选项：{missing}。"),
                Map.entry("usage.missing-parameter", "缺少必需的参数：{missing}。"),
                Map.entry("usage.invalid-value", "{option} 的值“{value}”无效：{why}。"),
                Map.entry("usage.other", "命令行有误：{message}"),
                Map.entry("usage.did-you-mean", "是否要输入：{suggestions}？"),
                Map.entry("usage.possible-options", "可能的选项：{suggestions}"),
                Map.entry("usage.hint", "请运行 {command} --help 查看用法。"),
                Map.entry("usage.no-command", "请给出要执行的命令：score、validate、trend、template、framework 或 sample。"),
                Map.entry("usage.no-framework-command", "请说明要做什么：framework show、framework check、framework export "
                        + "或 framework draft。"),
                Map.entry("usage.not-one-of", "可选的值为 {allowed}"),
                Map.entry("usage.not-integer", "须为整数"),
                Map.entry("usage.not-number", "须为数字"),
                Map.entry("usage.share-not-number", "不是数字，请给出比例，如 0.5"),
                Map.entry("usage.share-range", "须在 0 到 1 之间（如 0.5）"),
                Map.entry("usage.seconds-not-number", "不是秒数，请给出数字，如 60"),
                Map.entry("usage.seconds-negative", "须为不小于 0 的秒数"),
                Map.entry("usage.not-a-source", "不是问卷来源，请用 firm、region 或 expert"),
                Map.entry("usage.not-a-layout", "不是版式，请用 table 或 form"),
                Map.entry("usage.not-a-language", "不是语言，请用 zh 或 en"),
                // ecoscore sample
                Map.entry("sample-raters-range", "--raters 须在 2 到 {max} 之间。"),
                Map.entry("sample-source", "--source 须为 firm 或 expert（地区问卷用 --region-output 生成）。"),
                Map.entry("sample-firms-required", "生成企业问卷样本须给出 --firms N（如 --firms 500）。"),
                Map.entry("sample-firms-range", "--firms 须在 1 到 {max} 之间。"),
                // a framework refused: the frame here, each problem in FrameworkProblemWords
                Map.entry("framework-refused", "指标体系未通过检查，共 {count} 个问题：" + System.lineSeparator() + "{problems}"
                        + System.lineSeparator() + "请在指标体系文件中修正（见 docs/framework-format.md）后重新运行；"
                        + "`ecoscore framework check -f {location}` 会列出这些问题。"));
    }
}
