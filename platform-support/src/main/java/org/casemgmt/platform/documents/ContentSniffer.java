package org.casemgmt.platform.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The media type a file's own bytes show, whatever name and type the client gave it: a file is accepted, stored and
 * served by this type alone, so a page or a program renamed {@code scan.pdf} is never handed out as a PDF.
 */
public final class ContentSniffer {

    public static final String OCTET_STREAM = "application/octet-stream";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    private static final List<Signature> SIGNATURES = List.of(
            new Signature("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
            new Signature("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
            new Signature("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            new Signature("image/gif", "GIF8".getBytes(StandardCharsets.US_ASCII)),
            new Signature("image/tiff", new byte[] {'I', 'I', '*', 0}),
            new Signature("image/tiff", new byte[] {'M', 'M', 0, '*'}),
            new Signature("application/x-msdownload", new byte[] {'M', 'Z'}),
            new Signature("application/x-executable", new byte[] {0x7F, 'E', 'L', 'F'}));
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** An OpenDocument file starts with its stored {@code mimetype} entry: name at 30, its value right after. */
    private static final byte[] ODT_MIMETYPE = ("mimetype" + ODT).getBytes(StandardCharsets.US_ASCII);
    private static final int ZIP_FIRST_NAME = 30;
    private static final List<String> MARKUP = List.of("<!doctype html", "<html", "<script", "<svg", "<?xml");

    private ContentSniffer() {
    }

    public static String mediaType(byte[] content) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(content, 0, signature.magic())) {
                return signature.mediaType();
            }
        }
        if (startsWith(content, 0, ZIP)) {
            return zipped(content);
        }
        return text(content);
    }

    private static String zipped(byte[] content) {
        if (startsWith(content, ZIP_FIRST_NAME, ODT_MIMETYPE)) {
            return ODT;
        }
        // A Word file's parts are named word/...; the local headers carry the names in clear.
        return new String(content, StandardCharsets.ISO_8859_1).contains("word/document.xml") ? DOCX
                : "application/zip";
    }

    /** Text if it decodes as UTF-8 without control characters; markup a browser would run is told apart. */
    private static String text(byte[] content) {
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return OCTET_STREAM;
        }
        if (decoded.isEmpty() || decoded.chars().anyMatch(ContentSniffer::isControl)) {
            return OCTET_STREAM;
        }
        String start = decoded.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("#!")) {
            return "text/x-shellscript";
        }
        return MARKUP.stream().anyMatch(start::startsWith) ? "text/html" : "text/plain";
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        return content.length >= offset + prefix.length
                && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private record Signature(String mediaType, byte[] magic) {
    }
}
