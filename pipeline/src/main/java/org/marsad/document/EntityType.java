package org.marsad.document;

/** Named entity types of the output; NER models' own tag names map onto these. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC
}
