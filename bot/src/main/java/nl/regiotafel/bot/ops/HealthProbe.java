package nl.regiotafel.bot.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * {@code java -jar regiotafel.jar health [readiness|liveness]}: asks the bot running on this machine for its health on
 * the management port and exits 0 when it answers 200, 1 otherwise. Docker's {@code HEALTHCHECK} uses it, so the image
 * needs no curl. Reads {@code MANAGEMENT_SERVER_PORT} and {@code MANAGEMENT_SERVER_ADDRESS} as the bot does.
 */
public final class HealthProbe {

    private HealthProbe() {}

    public static int run(String group, PrintStream out) {
        if (!group.equals("readiness") && !group.equals("liveness")) {
            out.println("Usage: java -jar regiotafel.jar health [readiness|liveness]");
            return 2;
        }
        String port = System.getenv().getOrDefault("MANAGEMENT_SERVER_PORT", "");
        String address = System.getenv().getOrDefault("MANAGEMENT_SERVER_ADDRESS", "");
        String host = address.isBlank() || address.equals("0.0.0.0") ? "127.0.0.1" : address;
        String url = "http://" + host + ":" + (port.isBlank() ? ManagementServerMode.DEFAULT_PORT : port)
                + "/actuator/health/" + group;
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(5_000);
            int status = connection.getResponseCode();
            out.println(group + ": HTTP " + status);
            return status == 200 ? 0 : 1;
        } catch (IOException e) {
            out.println(group + ": " + url + " does not answer (" + e.getMessage() + ")");
            return 1;
        }
    }
}
