CREATE TABLE `core_monitor_snapshots` (
	`week` text NOT NULL,
	`function` text NOT NULL,
	`state` text NOT NULL,
	`score` integer,
	`report` text NOT NULL,
	`taken_at` integer NOT NULL,
	PRIMARY KEY(`week`, `function`)
);
