package org.casemgmt.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    @Test
    void aPdfIsAPdfWhateverItIsCalled() {
        assertThat(ContentSniffer.mediaType(ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).isEqualTo("application/pdf");
    }

    @Test
    void imagesByTheirMagicNumbers() {
        assertThat(ContentSniffer.mediaType(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0)))
                .isEqualTo("image/png");
        assertThat(ContentSniffer.mediaType(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).isEqualTo("image/jpeg");
        assertThat(ContentSniffer.mediaType(ascii("GIF89a...."))).isEqualTo("image/gif");
        assertThat(ContentSniffer.mediaType(bytes('I', 'I', '*', 0, 8, 0))).isEqualTo("image/tiff");
        assertThat(ContentSniffer.mediaType(bytes('M', 'M', 0, '*', 0, 8))).isEqualTo("image/tiff");
    }

    @Test
    void aMagicNumberCutShortIsNotThatType() {
        assertThat(ContentSniffer.mediaType(bytes(0x89, 'P', 'N', 'G'))).isEqualTo(ContentSniffer.OCTET_STREAM);
        assertThat(ContentSniffer.mediaType(bytes(0xFF, 0xD8))).isEqualTo(ContentSniffer.OCTET_STREAM);
    }

    @Test
    void programsAreToldApartSoTheyCanBeRefused() {
        assertThat(ContentSniffer.mediaType(bytes('M', 'Z', 0x90, 0, 3, 0))).isEqualTo("application/x-msdownload");
        assertThat(ContentSniffer.mediaType(bytes(0x7F, 'E', 'L', 'F', 2, 1))).isEqualTo("application/x-executable");
        assertThat(ContentSniffer.mediaType(ascii("#!/bin/sh\nrm -rf /\n"))).isEqualTo("text/x-shellscript");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<!DOCTYPE html><html><body>hi</body></html>",
            "  <html><script>alert(1)</script>",
            "<script>alert(1)</script>",
            "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
            "<?xml version='1.0'?><a/>"})
    void markupABrowserWouldRunIsNotPlainText(String page) {
        assertThat(ContentSniffer.mediaType(ascii(page))).isEqualTo("text/html");
    }

    @Test
    void textIsUtf8WithoutControlCharacters() {
        assertThat(ContentSniffer.mediaType("Notes from the visit:\tall well.\r\nNächster Termin: Montag\f"
                .getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
        assertThat(ContentSniffer.mediaType(bytes('a', 'b', 0, 'c'))).isEqualTo(ContentSniffer.OCTET_STREAM);
        assertThat(ContentSniffer.mediaType(bytes('a', 0x1B, 'c'))).isEqualTo(ContentSniffer.OCTET_STREAM);
        assertThat(ContentSniffer.mediaType(bytes('a', 0x1F))).isEqualTo(ContentSniffer.OCTET_STREAM);
        assertThat(ContentSniffer.mediaType(bytes('a', ' '))).isEqualTo("text/plain");
        assertThat(ContentSniffer.mediaType(bytes(0xC3, 0x28))).isEqualTo(ContentSniffer.OCTET_STREAM);
        assertThat(ContentSniffer.mediaType(new byte[0])).isEqualTo(ContentSniffer.OCTET_STREAM);
    }

    @Test
    void aWordFileIsAZipHoldingWordDocumentXml() throws IOException {
        assertThat(ContentSniffer.mediaType(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>")))
                .isEqualTo(ContentSniffer.DOCX);
        assertThat(ContentSniffer.mediaType(zip("xl/workbook.xml", "<workbook/>"))).isEqualTo("application/zip");
        assertThat(ContentSniffer.mediaType(bytes('P', 'K', 3, 4))).isEqualTo("application/zip");
        assertThat(ContentSniffer.mediaType(ascii("PK\u0003\u0004 ... word/document.xml"))).as("the name at the end")
                .isEqualTo(ContentSniffer.DOCX);
    }

    @Test
    void anOpenDocumentTextStartsWithItsStoredMimetype() throws IOException {
        assertThat(ContentSniffer.mediaType(storedZip("mimetype", ContentSniffer.ODT)))
                .isEqualTo(ContentSniffer.ODT);
        assertThat(ContentSniffer.mediaType(storedZip("mimetype", "application/vnd.oasis.opendocument.spreadsheet")))
                .isEqualTo("application/zip");
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(ascii(namesAndContents[i + 1]));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** As OpenDocument writes its first entry: uncompressed, so its content follows its name. */
    private static byte[] storedZip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] data = ascii(content);
            ZipEntry entry = new ZipEntry(name);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(data.length);
            CRC32 crc = new CRC32();
            crc.update(data);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(data);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
