package org.communitysafety.servicedefaults.web;

/**
 * Validation group of a PUT: every field of the resource is required. A PATCH validates
 * the same request without it, so a missing field there means "unchanged".
 */
public interface FullReplacement {

}
