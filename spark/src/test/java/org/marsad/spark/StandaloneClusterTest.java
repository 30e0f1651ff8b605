package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.spark.SparkAnnotateTest.batchRun;
import static org.marsad.spark.SparkAnnotateTest.byId;
import static org.marsad.spark.SparkAnnotateTest.read;
import static org.marsad.spark.SparkAnnotateTest.readLines;
import static org.marsad.spark.SparkAnnotateTest.readParts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real standalone cluster: a master and two workers, each its own JVM on 127.0.0.1
 * from the Spark jars Maven fetched (a Spark installation's {@code jars/}, linked into
 * target/spark-home), the shaded job jar submitted with SparkSubmit in client mode. One worker
 * and its executor are killed with SIGKILL while the job's tasks run; the job still completes,
 * with exit status 0, and its output is the CLI's, every input unit exactly once.
 */
class StandaloneClusterTest {
    private static final Path TARGET = Path.of("target");
    private static final Path JOB_JAR = TARGET.resolve("marsad-spark-job.jar");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The processes' logs, kept for a failure to be read. */
    private static final Path LOGS = TARGET.resolve("standalone-cluster-logs");

    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stopCluster() {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void theShadedJarHoldsEveryCoreNlpModelThePipelineLoads() throws IOException {
        Pattern model = Pattern.compile("\"(edu/stanford/nlp/models/[^\"]+)\"");
        List<String> paths = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("..", "pipeline", "src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = model.matcher(Files.readString(source));
                while (m.find()) {
                    paths.add(m.group(1));
                }
            }
        }
        assertThat(paths).isNotEmpty();
        try (ZipFile jar = new ZipFile(JOB_JAR.toFile())) {
            assertThat(paths).allMatch(path -> jar.getEntry(path) != null);
            assertThat(jar.getEntry("org/marsad/shaded/icu/text/CharsetDetector.class")).isNotNull();
            assertThat(jar.getEntry("com/ibm/icu/text/CharsetDetector.class")).as("ICU4J relocated").isNull();
            assertThat(jar.getEntry("org/slf4j/Logger.class")).as("SLF4J is the cluster's").isNull();
        }
    }

    @Test
    void aWorkerKilledMidRunCostsOnlyRetriedTasks() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> wire = Files.readAllLines(Path.of("..", "corpus", "samples", "wire.jsonl"), StandardCharsets.UTF_8);
        for (int file = 1; file <= 4; file++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                JsonNode doc = JSON.readTree(wire.get(i % wire.size()));
                lines.add(((com.fasterxml.jackson.databind.node.ObjectNode) doc).put("id", "f" + file + "-" + i).toString());
            }
            if (file == 2) {
                lines.add("{\"id\": \"broken\", \"text\": ");
            }
            Files.write(in.resolve("part" + file + ".jsonl"), lines, StandardCharsets.UTF_8);
        }

        String classpath = sparkHome();
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        start("master", classpath, List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--webui-port", "0"));
        waitForPort(port);
        List<Process> workers = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            workers.add(start("worker" + n, classpath, List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--cores", "1", "--memory", "2g", "--webui-port", "0",
                    "--work-dir", dir.resolve("work" + n).toString(), master)));
        }
        Path out = dir.resolve("out");
        String jvmArgs = String.join(" ", Files.readAllLines(Path.of("jvm.args")));
        Process driver = start("driver", classpath, List.of("org.apache.spark.deploy.SparkSubmit", "--master", master,
                "--deploy-mode", "client", "--class", SparkAnnotate.class.getName(),
                "--conf", "spark.executor.memory=1500m", "--conf", "spark.executor.extraJavaOptions=" + jvmArgs,
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.ui.enabled=false",
                JOB_JAR.toAbsolutePath().toString(), in.toString(), "-o", out.toString()));

        // The records are being written once the temporary output has its records folder: every
        // executor is then running a task (4 partitions, one core each), loading the models or
        // annotating. The worker killed is one that has launched an executor.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        int victim = -1;
        while (victim < 0 && driver.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            victim = recordsStarted() ? workerWithExecutor() : -1;
        }
        assertThat(driver.isAlive()).as("the job is still running when the worker is killed; see " + LOGS).isTrue();
        Process killed = workers.get(victim);
        killed.descendants().forEach(ProcessHandle::destroyForcibly);
        killed.destroyForcibly();

        assertThat(driver.waitFor(150, TimeUnit.SECONDS)).as("the job ends").isTrue();
        String driverLog = Files.readString(LOGS.resolve("driver.log"));
        assertThat(driver.exitValue()).as(driverLog).isZero();
        assertThat(driverLog).containsPattern("Lost executor|Lost task|ExecutorLostFailure");

        Path cli = dir.resolve("cli.jsonl");
        batchRun(List.of(in.toString()), cli);
        List<JsonNode> records = readParts(out.resolve("records"));
        Map<String, JsonNode> expected = byId(read(cli));
        assertThat(records).hasSize(60).hasSameSizeAs(expected.keySet());
        assertThat(byId(records)).isEqualTo(expected);
        assertThat(readLines(out.resolve("units"))).hasSize(61).doesNotHaveDuplicates();
        assertThat(readParts(out.resolve("errors"))).singleElement()
                .satisfies(error -> assertThat(error.get("line").asLong()).isEqualTo(16));
        assertThat(JSON.readTree(out.resolve("_SUMMARY.json").toFile()).get("documents").asLong()).isEqualTo(60);
        assertThat(executorLogs()).as("the executors load the models as they start (ModelPreload)")
                .anyMatch(log -> log.contains("marsad: models preloaded in"));
    }

    /** The stderr of every executor the workers launched. */
    private List<String> executorLogs() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> logs = new ArrayList<>();
            for (Path log : files.filter(p -> p.getFileName().toString().equals("stderr")).toList()) {
                logs.add(Files.readString(log));
            }
            return logs;
        }
    }

    private boolean recordsStarted() throws IOException {
        try (Stream<Path> beside = Files.list(dir)) {
            return beside.anyMatch(p -> p.getFileName().toString().startsWith(".out.marsad-tmp-")
                    && Files.isDirectory(p.resolve("records")));
        }
    }

    /** A worker (0 or 1) whose work folder holds an application's executor folder, or -1. */
    private int workerWithExecutor() throws IOException {
        for (int n = 0; n < 2; n++) {
            Path work = dir.resolve("work" + (n + 1));
            if (Files.isDirectory(work)) {
                try (Stream<Path> apps = Files.list(work)) {
                    if (apps.anyMatch(app -> app.getFileName().toString().startsWith("app-"))) {
                        return n;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * A Spark installation made of links: {@code jars/} holds Spark's jars, from which workers
     * build their executors' classpath. Returns that classpath.
     */
    private static String sparkHome() throws IOException {
        Path jars = Files.createDirectories(TARGET.resolve("spark-home").resolve("jars"));
        List<String> classpath = new ArrayList<>();
        for (String file : List.of("spark-classpath.txt", "spark-shared-classpath.txt")) {
            classpath.addAll(Arrays.asList(Files.readString(TARGET.resolve(file)).trim().split(":")));
        }
        for (String jar : classpath) {
            Path link = jars.resolve(Path.of(jar).getFileName());
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, Path.of(jar));
            }
        }
        return jars.toAbsolutePath() + "/*";
    }

    private Process start(String name, String classpath, List<String> main) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "@" + Path.of("jvm.args").toAbsolutePath(),
                "-Dlog4j2.configurationFile=" + Path.of("log4j2.properties").toAbsolutePath(), "-cp", classpath));
        command.addAll(main);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createDirectories(LOGS).resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", TARGET.resolve("spark-home").toAbsolutePath().toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitForPort(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new UncheckedIOException(new IOException("the master did not listen on port " + port + " within 60 s"));
    }
}
