/**
 * File storage for every module: uploads are checked by content (not by name), limited in size,
 * stored once per distinct content under their SHA-256, and handed back by that hash. It knows
 * nothing of proposals or projects: the owning module decides who may read a file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachment",
        allowedDependencies = {"common", "platform", "audit"})
package org.kstp.attachment;
