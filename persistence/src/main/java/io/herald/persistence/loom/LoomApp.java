package io.herald.persistence.loom;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A Loom app and the event names it has subscribed to on the platform. */
@Entity
@Table(name = "loom_app")
public class LoomApp {

    @Id
    @Column(name = "app_id", length = 200)
    private String appId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "loom_app_event", joinColumns = @JoinColumn(name = "app_id"))
    @Column(name = "event_name", length = 200, nullable = false)
    private Set<String> eventNames = new HashSet<>();

    protected LoomApp() {
    }

    public LoomApp(String appId) {
        this.appId = appId;
    }

    public String getAppId() {
        return appId;
    }

    public Set<String> getEventNames() {
        return eventNames;
    }

    public void setEventNames(Set<String> eventNames) {
        this.eventNames = new HashSet<>(eventNames);
    }
}
