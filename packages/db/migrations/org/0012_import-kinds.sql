ALTER TABLE `core_import_errors` ADD `kind` text DEFAULT 'refused' NOT NULL;--> statement-breakpoint
ALTER TABLE `core_imports` ADD `warned_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Backfill: the kind a row problem had when it was derived from its message key (a bare key, or
-- JSON `{ key, params }`), then each import's rows with a warning.
UPDATE `core_import_errors` SET `kind` = CASE
	WHEN (CASE WHEN json_valid(`message`) THEN json_extract(`message`, '$.key') ELSE `message` END) IN (
		'core.imports.alreadyInDatabase', 'core.imports.matchesClient', 'core.imports.repeatsEarlier',
		'core.imports.repeatsRow', 'core.imports.createdAnyway', 'core.imports.blanksFilled',
		'core.imports.contactAttached') THEN 'duplicate'
	WHEN (CASE WHEN json_valid(`message`) THEN json_extract(`message`, '$.key') ELSE `message` END) IN (
		'core.imports.valueDropped', 'core.imports.registryOff', 'core.imports.registryNotFound',
		'core.imports.registryUnavailable', 'core.imports.registryTokenRefused') THEN 'warning'
	ELSE 'refused' END;--> statement-breakpoint
UPDATE `core_imports` SET `warned_count` = (
	SELECT count(DISTINCT e.`row`) FROM `core_import_errors` e
	WHERE e.`import_id` = `core_imports`.`id` AND e.`kind` = 'warning');
