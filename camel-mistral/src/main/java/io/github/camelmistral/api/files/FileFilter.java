package io.github.camelmistral.api.files;

import java.util.List;

/**
 * The filters of the file list; null (or an empty list) leaves a filter out.
 *
 * @param purpose      {@code fine-tune}, {@code batch}, {@code ocr}, ...
 * @param sources      {@code upload}, {@code repository}, {@code mistral}
 * @param sampleTypes  {@code pretrain}, {@code instruct}, {@code batch_request}, ...
 * @param search       a text the file name contains
 * @param includeTotal whether the answer counts all matching files
 */
public record FileFilter(String purpose, List<String> sources, List<String> sampleTypes, String search,
                         Boolean includeTotal) {

    public static final FileFilter NONE = new FileFilter(null, null, null, null, null);
}
