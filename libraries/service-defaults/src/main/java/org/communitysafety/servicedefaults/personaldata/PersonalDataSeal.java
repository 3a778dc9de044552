package org.communitysafety.servicedefaults.personaldata;

/**
 * Seals a subject's personal details for an event, so that an aggregate building the
 * event needs no more than this of the keys.
 */
@FunctionalInterface
public interface PersonalDataSeal {

    SealedPersonalData seal(String subjectId, Object personal);

}
