package org.casemgmt.launcher;

import java.util.Locale;
import java.util.Set;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend with every change written to the store file before the command that made it is answered, so that a
 * store killed with SIGKILL has lost nothing it acknowledged. Alone, the MVStore writes its changes in the background
 * about once a second. Written means handed to the operating system, which keeps it when the process dies; no fsync,
 * so a power cut may still lose the last writes.
 *
 * <p>Every command the wire protocol brings (OP_MSG, and OP_QUERY on {@code $cmd}) ends in
 * {@link #handleCommand}, and its answer is sent only once that returns.
 */
final class DurableH2Backend extends H2Backend {

    /** The commands that change the store, in lower case: the driver spells {@code findAndModify} either way. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropdatabase", "dropindexes", "renamecollection", "collmod", "bulkwrite");

    /**
     * Each commit writes a chunk of its own. The MVStore keeps a dead chunk's space for 45 s by default, in case the
     * disk has not yet written the newer ones: with a chunk per write the file grew by 200 MB in 6,000 inserts. A
     * killed process leaves its writes with the operating system, so here the space is reused at once; a power cut,
     * which nothing here guards against (no fsync), may then damage the file rather than lose the last second.
     */
    DurableH2Backend(String storeFile) {
        super(storeFile);
        getMvStore().setRetentionTime(0);
    }

    /** Also when the command fails: an insert that stops at a duplicate key has kept the documents before it. */
    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // Any other command that changed something (an aggregation's $out) is caught by the second look.
            if (WRITES.contains(command.toLowerCase(Locale.ROOT)) || getMvStore().hasUnsavedChanges()) {
                writeOut();
            }
        }
    }

    /**
     * Stores what is not stored yet, and waits for it: a commit from here writes before it returns. When there is
     * nothing left to store, the background writer took this command's changes along and may still be writing
     * them: the file-store operation, empty, waits until everything it was handed is written.
     */
    private void writeOut() {
        MVStore store = getMvStore();
        if (store.commit() < 0) {
            store.executeFilestoreOperation(() -> { });
        }
    }
}
