package org.pyjit.objcache.remote;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One connection speaking the subset of RESP2 the remote tier needs: commands as arrays of bulk
 * strings, replies read against a deadline (every socket read gets the time left as its timeout, so
 * a server that trickles bytes cannot stretch a call either). Not thread-safe; {@link RedisClient}
 * serializes its use.
 */
final class RespConnection implements Closeable {
    private static final int BUFFER = 64 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;

    private RespConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Connects (and for TLS, shakes hands) within {@code connectTimeout}. */
    static RespConnection open(RedisAddress address, Duration connectTimeout) throws IOException {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
        Socket plain = new Socket();
        try {
            plain.setTcpNoDelay(true);
            plain.connect(new InetSocketAddress(address.host(), address.port()), millis);
            if (!address.tls()) {
                return new RespConnection(plain);
            }
            SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                    .createSocket(plain, address.host(), address.port(), true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS"); // check the certificate names the host
            tls.setSSLParameters(parameters);
            tls.setSoTimeout(millis);
            tls.startHandshake();
            return new RespConnection(tls);
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /** Sends one command. */
    void send(byte[]... arguments) throws IOException {
        ByteArrayOutputStream command = new ByteArrayOutputStream(64 + totalLength(arguments));
        header(command, '*', arguments.length);
        for (byte[] argument : arguments) {
            header(command, '$', argument.length);
            command.write(argument);
            command.write('\r');
            command.write('\n');
        }
        command.writeTo(out);
        out.flush();
    }

    /**
     * Reads one reply: a {@link String} (simple string), {@link ServerError}, {@link Long},
     * {@code byte[]} (bulk string), {@code null} (nil) or a {@link List} (array).
     *
     * @param maxBulk the largest bulk string accepted; a larger one throws {@link TooLargeException}
     *                without being read (the connection must then be closed)
     */
    Object read(long deadlineNanos, long maxBulk) throws IOException {
        int type = readByte(deadlineNanos);
        String line = readLine(deadlineNanos);
        switch (type) {
            case '+':
                return line;
            case '-':
                return new ServerError(line);
            case ':':
                return parseLong(line);
            case '$': {
                long length = parseLong(line);
                if (length < 0) {
                    return null;
                }
                if (length > maxBulk) {
                    throw new TooLargeException(length);
                }
                byte[] value = new byte[(int) length];
                readFully(value, deadlineNanos);
                if (readByte(deadlineNanos) != '\r' || readByte(deadlineNanos) != '\n') {
                    throw new IOException("malformed reply from the server");
                }
                return value;
            }
            case '*': {
                long count = parseLong(line);
                if (count < 0) {
                    return null;
                }
                List<Object> items = new ArrayList<>();
                for (long i = 0; i < count; i++) {
                    items.add(read(deadlineNanos, maxBulk));
                }
                return items;
            }
            default:
                throw new IOException("not a Redis server (unexpected reply byte " + type + ")");
        }
    }

    /** Closes the socket; also unblocks a thread writing to it. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    private int readByte(long deadlineNanos) throws IOException {
        if (position == limit) {
            fill(deadlineNanos);
        }
        return buffer[position++] & 0xFF;
    }

    private String readLine(long deadlineNanos) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(32);
        while (true) {
            int b = readByte(deadlineNanos);
            if (b == '\r') {
                if (readByte(deadlineNanos) != '\n') {
                    throw new IOException("malformed reply from the server");
                }
                return line.toString(StandardCharsets.UTF_8);
            }
            if (line.size() > 64 * 1024) {
                throw new IOException("reply line too long");
            }
            line.write(b);
        }
    }

    private void readFully(byte[] target, long deadlineNanos) throws IOException {
        int done = Math.min(limit - position, target.length);
        System.arraycopy(buffer, position, target, 0, done);
        position += done;
        while (done < target.length) {
            setTimeout(deadlineNanos);
            int n = in.read(target, done, target.length - done);
            if (n < 0) {
                throw new EOFException("the server closed the connection");
            }
            done += n;
        }
    }

    private void fill(long deadlineNanos) throws IOException {
        setTimeout(deadlineNanos);
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            throw new EOFException("the server closed the connection");
        }
        position = 0;
        limit = n;
    }

    private void setTimeout(long deadlineNanos) throws IOException {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("no answer in time");
        }
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000)));
    }

    private static long parseLong(String text) throws IOException {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IOException("malformed number in a reply: " + text);
        }
    }

    private static void header(ByteArrayOutputStream out, char type, int length) {
        out.write(type);
        out.writeBytes(Integer.toString(length).getBytes(StandardCharsets.US_ASCII));
        out.write('\r');
        out.write('\n');
    }

    private static int totalLength(byte[][] arguments) {
        long total = 0;
        for (byte[] argument : arguments) {
            total += argument.length + 16;
        }
        return (int) Math.min(Integer.MAX_VALUE - 64, total);
    }

    /** An error reply ({@code -ERR ...}). */
    record ServerError(String message) {}

    /** A bulk reply larger than the caller accepts; its bytes were not read. */
    static final class TooLargeException extends IOException {
        final long length;

        TooLargeException(long length) {
            super("the value has " + length + " bytes");
            this.length = length;
        }
    }
}
