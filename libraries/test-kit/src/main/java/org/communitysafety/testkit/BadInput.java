package org.communitysafety.testkit;

/**
 * One bad request of the {@link BadInputCorpus}.
 *
 * @param what what is wrong with it, for the test's name
 * @param body the raw JSON body, or null for none
 * @param query the query string to append (with its {@code ?}), or empty
 * @param names the field or parameter the answer must name, or null where the fault is
 * not one field's
 */
record BadInput(String what, String body, String query, String names) {

    static BadInput body(String what, String json, String names) {
        return new BadInput(what, json, "", names);
    }

    static BadInput query(String what, String query, String names) {
        return new BadInput(what, null, "?" + query, names);
    }

}
