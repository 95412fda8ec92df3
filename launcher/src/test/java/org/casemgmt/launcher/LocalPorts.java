package org.casemgmt.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

/** Whether something listens on a loopback port: how the tests see a component start and stop. */
final class LocalPorts {

    private LocalPorts() {
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
