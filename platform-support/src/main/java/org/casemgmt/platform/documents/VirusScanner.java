package org.casemgmt.platform.documents;

/** Scans a file before anyone can read it. */
public interface VirusScanner {

    /** @throws ScannerUnavailableException the scanner could not give a verdict; the file must not be accepted */
    ScanVerdict scan(byte[] content);

    /**
     * @param signature what the scanner found, e.g. {@code Eicar-Test-Signature}; null when clean
     */
    record ScanVerdict(String signature) {

        public static final ScanVerdict CLEAN = new ScanVerdict(null);

        public boolean infected() {
            return signature != null;
        }
    }

    class ScannerUnavailableException extends RuntimeException {
        public ScannerUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
