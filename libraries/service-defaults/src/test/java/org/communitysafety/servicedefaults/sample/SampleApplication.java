package org.communitysafety.servicedefaults.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal service that uses the defaults as a real one does, to test them without any
 * domain.
 */
@SpringBootApplication
public class SampleApplication {

}
