package org.communitysafety.notification;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the commands the service's MongoDB client sends from one thread while a piece of
 * work runs on it: the round trips that work costs, seen by the driver.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MongoRoundTrips {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Bean
    MongoClientSettingsBuilderCustomizer roundTripCounting() {
        return settings -> settings.addCommandListener(new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                List<String> recording = RECORDING.get();
                if (recording != null) {
                    recording.add(event.getCommandName() + " " + collectionOf(event));
                }
            }
        });
    }

    /** The commands (name and collection) sent while the work ran on this thread. */
    public static List<String> of(Runnable work) {
        List<String> commands = new ArrayList<>();
        RECORDING.set(commands);
        try {
            work.run();
        }
        finally {
            RECORDING.remove();
        }
        return commands;
    }

    private static String collectionOf(CommandStartedEvent event) {
        var target = event.getCommand().get(event.getCommandName());
        return target != null && target.isString() ? target.asString().getValue() : "";
    }

}
