package org.communitysafety.elsewhere;

/** Stands for another service's code, which no module may use. */
public class Foreign {

}
