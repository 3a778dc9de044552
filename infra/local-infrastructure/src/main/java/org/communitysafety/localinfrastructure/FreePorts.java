package org.communitysafety.localinfrastructure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Finds loopback ports nobody is listening on, so that parallel builds never collide. */
public final class FreePorts {

    private FreePorts() {
    }

    public static int next() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException("No free port on loopback", ex);
        }
    }

}
