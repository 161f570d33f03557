package org.plancheck.run;

/** The process exit codes, documented in README and in {@code --help}. */
public final class ExitCode {
    /** Nothing at or above the --fail-on severity. */
    public static final int OK = 0;
    /** At least one finding at or above the --fail-on severity. */
    public static final int FINDINGS = 1;
    /** Bad command line. */
    public static final int USAGE = 2;
    /** At least one input document could not be read fully: UNVERIFIABLE. */
    public static final int UNREADABLE = 3;
    /** A configuration file (upper plan catalog, rules, quotas, assignments, baseline) is broken. */
    public static final int BAD_CONFIG = 4;
    /** An unexpected internal error (a bug: please report it with --debug output). */
    public static final int INTERNAL = 5;
    /** An output (report file, annotated copy, standard output) could not be written: disk full, stdout closed. */
    public static final int OUTPUT = 6;

    private ExitCode() {
    }

    /** One line per code, for --help. */
    public static String help() {
        return String.join("%n",
                "退出码 / exit codes:",
                "  0  通过：没有达到 --fail-on 级别的问题 / nothing at or above --fail-on",
                "  1  发现达到 --fail-on 级别的问题 / findings at or above --fail-on",
                "  2  命令行用法错误（含无法写入的 --output）/ usage error (also an --output that cannot be written)",
                "  3  有文档无法完整读取（无法核验）/ an input document is UNVERIFIABLE",
                "  4  配置文件有误（上位规划目录、规则、分解表、下达表、基线）/ broken configuration file",
                "  5  内部错误 / internal error",
                "  6  报告或批注副本未能写出（磁盘已满、标准输出已关闭）/ an output could not be written");
    }
}
