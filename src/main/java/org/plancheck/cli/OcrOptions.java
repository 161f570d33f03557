package org.plancheck.cli;

import java.io.PrintWriter;
import org.plancheck.ocr.OcrMode;
import org.plancheck.ocr.OcrSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How scanned pages are read (OCR), shared by check, extract and bench. */
public class OcrOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--ocr", defaultValue = "auto", paramLabel = "MODE",
            description = "auto | never | always：auto 对扫描页（整页为图片、几乎没有文字）做OCR识别，never 不识别（扫描件无法核验），"
                    + "always 对所有页做OCR识别（默认 ${DEFAULT-VALUE}）/ which pages are read by OCR")
    String mode;

    @Option(names = "--ocr-min-confidence", defaultValue = "" + OcrSettings.DEFAULT_MIN_CONFIDENCE,
            paramLabel = "PERCENT",
            description = "OCR识别置信度低于此值（0–100）的字符视为无法识别，不作猜测（默认 ${DEFAULT-VALUE}）"
                    + " / characters read with less confidence are unreadable")
    int minConfidence;

    /** The settings; progress lines go to {@code err} as 「plancheck: OCR 3/12 …」. */
    public OcrSettings settings(PrintWriter err) {
        OcrMode m;
        try {
            m = OcrMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), "--ocr: " + e.getMessage());
        }
        if (minConfidence < 0 || minConfidence > 100) {
            throw new ParameterException(mixee.commandLine(),
                    "--ocr-min-confidence: expected 0–100, not " + minConfidence);
        }
        return new OcrSettings(m, minConfidence, OcrSettings.cores(), line -> {
            synchronized (err) {
                err.println("plancheck: " + line);
                err.flush();
            }
        });
    }
}
