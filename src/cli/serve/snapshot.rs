//! A fresh read-only view of the store for the server. A read-only open
//! is a frozen snapshot, so a watcher thread polls the store's change
//! marker and reopens the snapshot when the store was written (by an
//! `ingest` in another process, or by this server's own writes). The
//! server never holds the store for writing between requests, so an
//! `ingest` can always open it.

use super::HttpError;
use beritagraf::store::{change_marker, GraphStore, StoreError};
use oxhttp::model::StatusCode;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

/// The current snapshot and what it was opened from.
pub struct Snapshots {
    path: PathBuf,
    current: RwLock<Arc<GraphStore>>,
    /// The change marker the current snapshot was opened at.
    marker: Mutex<u64>,
    /// Held while this server writes, so that its writes go one at a time.
    writing: Mutex<()>,
}

impl Snapshots {
    /// Open the first snapshot of the store at `path`.
    pub fn open(path: &Path) -> Result<Snapshots, StoreError> {
        let marker = change_marker(path).unwrap_or_default();
        let store = GraphStore::open_read_only(path)?;
        Ok(Snapshots {
            path: path.to_path_buf(),
            current: RwLock::new(Arc::new(store)),
            marker: Mutex::new(marker),
            writing: Mutex::new(()),
        })
    }

    /// The snapshot to answer a request from.
    pub fn current(&self) -> Arc<GraphStore> {
        Arc::clone(
            &self
                .current
                .read()
                .unwrap_or_else(|error| error.into_inner()),
        )
    }

    /// Reopen the snapshot if the store changed since it was opened (or
    /// always, with `force`). A failed reopen keeps the old snapshot.
    pub fn refresh(&self, force: bool) -> Result<(), StoreError> {
        let mut marker = self
            .marker
            .lock()
            .unwrap_or_else(|error| error.into_inner());
        let now = change_marker(&self.path).unwrap_or_default();
        if !force && now == *marker {
            return Ok(());
        }
        let store = GraphStore::open_read_only(&self.path)?;
        *self
            .current
            .write()
            .unwrap_or_else(|error| error.into_inner()) = Arc::new(store);
        *marker = now;
        Ok(())
    }

    /// Poll for changes every `interval` on a background thread.
    pub fn watch(self: &Arc<Self>, interval: Duration) {
        let snapshots = Arc::clone(self);
        std::thread::spawn(move || loop {
            std::thread::sleep(interval);
            // A reopen can fail while a writer is mid-way (a file it
            // names is being replaced); the next poll tries again.
            let _ = snapshots.refresh(false);
        });
    }

    /// Run `write` on the store opened for writing, then reopen the
    /// snapshot so that the next request sees the write. Refused with 503
    /// while another process (an `ingest`) holds the store.
    pub fn write<T>(
        &self,
        write: impl FnOnce(&GraphStore) -> Result<T, StoreError>,
    ) -> Result<T, HttpError> {
        let _one_at_a_time = self
            .writing
            .lock()
            .unwrap_or_else(|error| error.into_inner());
        let store = match GraphStore::open(&self.path) {
            Ok(store) => store,
            Err(StoreError::InUse { .. }) => {
                return Err(HttpError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the store is being written by another process (an ingest): try again when it has finished",
                ))
            }
            Err(error) => return Err(HttpError::internal(error.to_string())),
        };
        let result = write(&store);
        let flushed = store.flush();
        drop(store);
        let refreshed = self.refresh(true);
        let value = result.map_err(store_error)?;
        flushed.map_err(store_error)?;
        refreshed.map_err(store_error)?;
        Ok(value)
    }
}

/// The status and message for a store error.
pub fn store_error(error: StoreError) -> HttpError {
    match error {
        StoreError::Syntax(message) => {
            HttpError::bad_request(format!("malformed SPARQL: {message}"))
        }
        StoreError::Evaluation(message) => {
            HttpError::bad_request(format!("the query failed: {message}"))
        }
        other => HttpError::internal(other.to_string()),
    }
}
