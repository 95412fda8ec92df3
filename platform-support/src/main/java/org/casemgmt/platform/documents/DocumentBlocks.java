package org.casemgmt.platform.documents;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.bson.Document;
import org.bson.types.Binary;
import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A document's content in the stage's own MongoDB, in blocks of {@value #BLOCK_SIZE} bytes, each encrypted under the
 * client's key with its document and place as associated data (see {@link PersonalDataCipher#seal}): nothing of the
 * file is in the store in clear, erasing the client makes every block unreadable, and a block swapped, moved or cut
 * off fails to decrypt rather than yielding another file. A block is one document of its own, so one file never
 * comes near MongoDB's 16 MB document limit and is read back one block at a time.
 */
class DocumentBlocks {

    static final String COLLECTION = "case_document_blocks";
    static final int BLOCK_SIZE = 256 * 1024;
    private static final String DOCUMENT_ID = "documentId";
    private static final String DATA = "data";

    private final MongoTemplate mongo;
    private final PersonalDataCipher cipher;

    DocumentBlocks(MongoTemplate mongo, PersonalDataCipher cipher) {
        this.mongo = mongo;
        this.cipher = cipher;
    }

    /** Stores the content; answers how many blocks it took. */
    int store(String documentId, String clientId, byte[] content) {
        int blocks = 0;
        for (int offset = 0; offset < content.length; offset += BLOCK_SIZE, blocks++) {
            byte[] block = Arrays.copyOfRange(content, offset, Math.min(content.length, offset + BLOCK_SIZE));
            mongo.save(new Document("_id", blockId(documentId, blocks)).append(DOCUMENT_ID, documentId)
                    .append(DATA, new Binary(cipher.seal(clientId, blockId(documentId, blocks), block))), COLLECTION);
        }
        return blocks;
    }

    /**
     * The content, decrypted block by block as it is read. The first block is decrypted here, so a client's
     * erasure or a damaged file shows before anything is sent.
     *
     * @throws org.casemgmt.platform.privacy.SubjectErasedException the client was erased
     */
    InputStream open(CaseDocument document) {
        return new BlockStream(document);
    }

    void delete(String documentId) {
        mongo.remove(new Query(where(DOCUMENT_ID).is(documentId)), COLLECTION);
    }

    private byte[] block(CaseDocument document, int index) {
        String id = blockId(document.getId(), index);
        Document stored = mongo.findById(id, Document.class, COLLECTION);
        if (stored == null) {
            throw new IllegalStateException("block " + index + " of document " + document.getId() + " is missing");
        }
        return cipher.open(document.getClientId(), id, stored.get(DATA, Binary.class).getData());
    }

    private static String blockId(String documentId, int index) {
        return documentId + ":" + index;
    }

    private final class BlockStream extends InputStream {

        private final CaseDocument document;
        private byte[] current;
        private int next;
        private int position;

        BlockStream(CaseDocument document) {
            this.document = document;
            this.current = document.getBlocks() == 0 ? new byte[0] : block(document, 0);
            this.next = 1;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == current.length) {
                if (next >= document.getBlocks()) {
                    return -1;
                }
                try {
                    current = block(document, next++);
                } catch (RuntimeException e) {
                    throw new IOException("cannot read document " + document.getId(), e);
                }
                position = 0;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, into, offset, count);
            position += count;
            return count;
        }
    }
}
