/**
 * What a stage's rules and aggregates say when they refuse: a record that is not there, a rule a change would
 * break, an actor a rule does not permit. Plain exceptions, free of the web; platform-support's
 * {@code ProblemDetailsHandler} answers each as its problem document (404, 409, 403).
 */
package org.casemgmt.platform.domain;
