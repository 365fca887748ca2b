package org.plenary.build;

/**
 * The JDK's own StAX factories for the whole process. Spark's Hadoop client, on the class path of the Spark driver and
 * of the tests, registers its shaded Woodstox as the StAX factories, and Jena's XML readers then log an error for each
 * parser they make ("Problem setting StAX property"). Settings given on the command line are kept.
 */
public final class JdkXmlFactories {
    private JdkXmlFactories() {}

    public static void keep() {
        System.getProperties().putIfAbsent("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        System.getProperties().putIfAbsent("javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl");
        System.getProperties().putIfAbsent("javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl");
    }
}
