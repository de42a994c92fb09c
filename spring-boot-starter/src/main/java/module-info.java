/**
 * Campaign Model for Spring Boot 4: auto-configuration of the Jackson module, the validation
 * messages, problem details for campaign documents and the schema endpoint.
 */
module org.campaignmodel.spring.boot {
    requires transitive org.campaignmodel.json;
    requires spring.boot;
    requires spring.boot.autoconfigure;
    requires spring.beans;
    requires spring.context;
    requires spring.core;
    requires spring.web;
    // each part backs off when its library is absent
    requires static spring.boot.jackson;
    requires static spring.boot.validation;
    requires static spring.webmvc;
    requires static jakarta.servlet;
    requires static org.immutables.value.annotations;

    exports org.campaignmodel.spring.boot;

    // Spring creates the configuration classes and binds the properties reflectively.
    opens org.campaignmodel.spring.boot to
            spring.core,
            spring.beans,
            spring.context;
}
