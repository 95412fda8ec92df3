package org.casemgmt.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.OpCode;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * MongoDB's {@code ping} over one plain connection, as an OP_MSG, with the store's own BSON codec: whether a store
 * answers commands, without a driver (and its pool and monitor threads) in the launcher.
 */
final class MongoPing {

    private static final int HEADER_BYTES = 16;
    /** A ping's answer is a few dozen bytes; anything near this is no MongoDB server's. */
    private static final int MAX_REPLY_BYTES = 1 << 20;

    private MongoPing() {
    }

    /** True when the server at {@code host:port} answers {@code ping} with {@code ok: 1} within {@code timeout}. */
    static boolean answers(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            socket.getOutputStream().write(request());
            InputStream in = socket.getInputStream();
            byte[] lengthField = in.readNBytes(4);
            if (lengthField.length < 4) {
                return false;
            }
            int length = Unpooled.wrappedBuffer(lengthField).readIntLE();
            if (length < HEADER_BYTES || length > MAX_REPLY_BYTES) {
                return false;
            }
            return isOk(Unpooled.wrappedBuffer(lengthField, in.readNBytes(length - 4)));
        } catch (IOException | RuntimeException e) {
            return false; // not listening yet, or not a MongoDB server
        }
    }

    /** The header (length, request id, not a reply, OP_MSG), no flags, and the command as the one body section. */
    static byte[] request() {
        ByteBuf command = Unpooled.buffer();
        BsonEncoder.encodeDocument(new Document("ping", 1).append("$db", "admin"), command);
        ByteBuf message = Unpooled.buffer();
        message.writeIntLE(HEADER_BYTES + 4 + 1 + command.readableBytes());
        message.writeIntLE(1);
        message.writeIntLE(0);
        message.writeIntLE(OpCode.OP_MSG.getId());
        message.writeIntLE(0);
        message.writeByte(0);
        message.writeBytes(command);
        byte[] bytes = new byte[message.readableBytes()];
        message.readBytes(bytes);
        return bytes;
    }

    /** An OP_MSG reply whose body says {@code ok: 1}. */
    static boolean isOk(ByteBuf reply) {
        if (reply.readableBytes() < HEADER_BYTES + 5 || reply.getIntLE(12) != OpCode.OP_MSG.getId()) {
            return false;
        }
        reply.skipBytes(HEADER_BYTES + 4);
        if (reply.readByte() != 0) {
            return false;
        }
        Document body = BsonDecoder.decodeBson(reply);
        return body.get("ok") instanceof Number ok && ok.doubleValue() == 1;
    }
}
