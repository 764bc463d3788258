// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A new article as someone hands it to the desk: exactly one of pasted text, an uploaded file,
 * or a web address. {@code format} is "text", "markdown", "html" or empty to detect it.
 */
public record ArticleInput(String title, ArticleKind kind, Optional<String> text,
    Optional<byte[]> file, Optional<String> fileName, Optional<String> url, Optional<String> format,
    Optional<LocalDate> asOf) {}
