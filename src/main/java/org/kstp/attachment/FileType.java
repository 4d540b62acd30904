package org.kstp.attachment;

import java.util.Locale;
import java.util.Set;

/** The file types KSTP accepts, as detected from content. Labels: attachment.FileType.*. */
public enum FileType {

    /** Portable Document Format: the normal form of signed and scanned documents. */
    PDF("application/pdf", "pdf"),
    /** PNG image, e.g. a chart or a screenshot. */
    PNG("image/png", "png"),
    /** JPEG image, e.g. a photo of a certificate or field site. */
    JPEG("image/jpeg", "jpg", "jpeg"),
    /** Word document (Office Open XML). */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** Excel workbook (Office Open XML). */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** PowerPoint presentation (Office Open XML). */
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    /** Word 97-2003 document (OLE2 compound file): still common in county offices. */
    DOC("application/msword", "doc"),
    /** Excel 97-2003 workbook (OLE2 compound file). */
    XLS("application/vnd.ms-excel", "xls"),
    /** PowerPoint 97-2003 presentation (OLE2 compound file). */
    PPT("application/vnd.ms-powerpoint", "ppt");

    private final String mediaType;
    private final Set<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = Set.of(extensions);
    }

    /** The media type served on download: the detected one, never the uploader's claim. */
    public String mediaType() {
        return mediaType;
    }

    public boolean matchesExtension(String extension) {
        return extension != null && extensions.contains(extension.toLowerCase(Locale.ROOT));
    }
}
