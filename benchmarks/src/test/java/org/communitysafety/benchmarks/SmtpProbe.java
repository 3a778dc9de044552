package org.communitysafety.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The SMTP server's own latency: one whole SMTP conversation (connect, EHLO, MAIL, RCPT,
 * DATA, QUIT), as a mailer that opens a connection per email has it.
 */
final class SmtpProbe {

    private SmtpProbe() {
    }

    /** Sends the given number of small emails and returns each one's time in ms. */
    static long[] send(int count) throws IOException {
        long[] millis = new long[count];
        for (int i = 0; i < count; i++) {
            long began = System.nanoTime();
            try (Socket socket = new Socket("127.0.0.1", BenchmarkSettings.SMTP_PORT)) {
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = socket.getOutputStream();
                expect(in, "220");
                say(out, "EHLO benchmark");
                expect(in, "250");
                say(out, "MAIL FROM:<probe@benchmark.example>");
                expect(in, "250");
                say(out, "RCPT TO:<smtp-probe@benchmark.example>");
                expect(in, "250");
                say(out, "DATA");
                expect(in, "354");
                say(out, "Subject: probe " + i + "\r\n\r\nA probe of the SMTP server's latency.\r\n.");
                expect(in, "250");
                say(out, "QUIT");
                expect(in, "221");
            }
            millis[i] = (System.nanoTime() - began) / 1_000_000;
        }
        return millis;
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /**
     * Reads one reply, the last line of a multi-line one included, and checks its code.
     */
    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("The SMTP server closed the connection; expected " + code);
            }
        }
        while (line.length() > 3 && line.charAt(3) == '-');
        if (!line.startsWith(code)) {
            throw new IOException("Expected " + code + " from the SMTP server, got " + line);
        }
    }

}
