package org.marsad.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.apache.spark.api.plugin.SparkPlugin;
import org.marsad.Marsad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the pipeline's models into an executor's shared pool as soon as the executor starts
 * ({@code spark.plugins}, which the job sets), instead of in its first annotation task: the
 * seconds of loading then overlap the driver's own start (numbering the JSON Lines, planning the
 * writes), which is most of a job's fixed cost. A failed load is only logged: the first task
 * loads again and fails with the reason, as without the plugin.
 */
public final class ModelPreload implements SparkPlugin {
    private static final Logger LOG = LoggerFactory.getLogger(ModelPreload.class);

    @Override
    public DriverPlugin driverPlugin() {
        return null;
    }

    @Override
    public ExecutorPlugin executorPlugin() {
        return new ExecutorPlugin() {
            @Override
            public void init(PluginContext context, Map<String, String> extraConf) {
                Thread loader = new Thread(ModelPreload::load, "marsad-model-preload");
                loader.setDaemon(true);
                loader.start();
            }
        };
    }

    private static void load() {
        long start = System.nanoTime();
        try {
            Marsad.standard();
            LOG.info("marsad: models preloaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | Error e) {
            LOG.warn("preloading the models failed; the first task will load them", e);
        }
    }

    /** What {@code spark.plugins} lists when the job sets it (the conf a user gave is kept too). */
    static String pluginsWith(String configured) {
        String name = ModelPreload.class.getName();
        return configured == null || configured.isBlank() ? name
                : List.of(configured.split(",")).contains(name) ? configured : configured + "," + name;
    }
}
