/**
 * A module that keeps every architecture rule, so that ArchitectureRulesTests can show
 * the rules do not fail everything.
 */
package org.communitysafety.tidy;
