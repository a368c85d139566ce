package dev.pcf.model;

/** A role in the verification team (评价组 Team sheet). */
public enum TeamRole { AUTHOR, LEADER, MEMBER, REVIEWER }
