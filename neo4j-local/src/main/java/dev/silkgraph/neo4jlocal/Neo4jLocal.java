package dev.silkgraph.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded with a Bolt connector on 127.0.0.1.
 *
 * <pre>
 * java -cp target/classes:target/lib/* dev.silkgraph.neo4jlocal.Neo4jLocal \
 *      --port 7687 --data ./.neo4j [--pagecache 512m] [--exit-on-stdin-close]
 * </pre>
 *
 * Prints exactly one line starting with "neo4j-local ready" once Bolt accepts
 * connections, shuts down cleanly on SIGTERM/SIGINT (and, with
 * --exit-on-stdin-close, when the parent process goes away), and exits with
 * status 3 and a line starting with "neo4j-local error" when the data folder
 * is locked by another process or cannot be used.
 */
public final class Neo4jLocal {
    static final int EXIT_USAGE = 2;
    static final int EXIT_START_FAILED = 3;

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j-local error: " + e.getMessage());
            System.err.println("usage: Neo4jLocal --port <port> --data <folder> [--pagecache <size>] [--exit-on-stdin-close]");
            System.exit(EXIT_USAGE);
            return;
        }

        DatabaseManagementService dbms;
        try {
            Files.createDirectories(options.data);
            dbms = new DatabaseManagementServiceBuilder(options.data)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(options.pagecache))
                    // Bolt's network threads otherwise wait 5 s for quiet before they stop, which made
                    // every shutdown take over 10 s; the Node side closes its driver before stopping us.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Throwable e) {
            String why = isStoreLocked(e)
                    ? "the data folder is in use by another Neo4j process (store lock held)"
                    : rootMessage(e);
            System.out.println("neo4j-local error: could not start Neo4j in " + options.data.toAbsolutePath()
                    + ": " + why);
            System.out.flush();
            System.exit(EXIT_START_FAILED);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            System.out.println("neo4j-local stopped");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-local-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(120_000)) {
            System.out.println("neo4j-local error: database did not become available within 120 s");
            System.out.flush();
            System.exit(EXIT_START_FAILED);
        }
        System.out.println("neo4j-local ready bolt://127.0.0.1:" + options.port + " neo4j " + neo4jVersion());
        System.out.flush();

        if (options.exitOnStdinClose) {
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) {
                        // The parent keeps stdin open for as long as it lives.
                    }
                } catch (IOException ignored) {
                    // Treated like end of input.
                }
                System.exit(0);
            }, "neo4j-local-parent-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    private static String neo4jVersion() {
        Package p = GraphDatabaseService.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "5.26" : v;
    }

    private static boolean isStoreLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals("FileLockException")
                    || String.valueOf(t.getMessage()).contains("locked by another process")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder chain = new StringBuilder(String.valueOf(t.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            chain.append(" <- ").append(t.getMessage());
        }
        return chain.toString().replace('\n', ' ');
    }

    record Options(int port, Path data, String pagecache, boolean exitOnStdinClose) {
        static Options parse(String[] args) {
            Integer port = null;
            Path data = null;
            String pagecache = "256m";
            boolean exitOnStdinClose = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = parsePort(value(args, ++i, "--port"));
                    case "--data" -> data = Path.of(value(args, ++i, "--data"));
                    case "--pagecache" -> pagecache = value(args, ++i, "--pagecache");
                    case "--exit-on-stdin-close" -> exitOnStdinClose = true;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (port == null) throw new IllegalArgumentException("--port is required");
            if (data == null) throw new IllegalArgumentException("--data is required");
            return new Options(port, data, pagecache, exitOnStdinClose);
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length) throw new IllegalArgumentException(flag + " needs a value");
            return args[i];
        }

        private static int parsePort(String s) {
            try {
                int p = Integer.parseInt(s);
                if (p < 1 || p > 65535) throw new NumberFormatException();
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port must be a number from 1 to 65535, got " + s);
            }
        }
    }
}
