ALTER TABLE `prospecting_messages` ADD `media` text;--> statement-breakpoint
-- Messages stored before this column kept their media as a marker in the text: «[media:photo] caption»,
-- after «✎ » when edited. The kind moves to `media` (the file's facts were not kept), the caption stays.
UPDATE `prospecting_messages` SET
	`media` = json_object('kind', substr(`text`, instr(`text`, '[media:') + 7, instr(`text`, ']') - instr(`text`, '[media:') - 7),
		'fileId', NULL, 'fileName', NULL, 'mimeType', NULL, 'size', NULL),
	`text` = rtrim(substr(`text`, 1, instr(`text`, '[media:') - 1) || substr(`text`, instr(`text`, ']') + 2))
WHERE (`text` LIKE '[media:%]%' OR `text` LIKE '✎ [media:%]%')
	AND substr(`text`, instr(`text`, ']') + 1, 1) IN ('', ' ')
	AND substr(`text`, instr(`text`, '[media:') + 7, instr(`text`, ']') - instr(`text`, '[media:') - 7) IN
		('sticker', 'photo', 'voice', 'video', 'videoNote', 'audio', 'animation', 'document', 'location', 'other');--> statement-breakpoint
-- A request opened by a captioned photo kept the marker in its first message too: the caption stays.
UPDATE `prospecting_requests` SET `message` = nullif(substr(`message`, instr(`message`, ']') + 2), '')
WHERE `message` LIKE '[media:%]%'
	AND substr(`message`, instr(`message`, ']') + 1, 1) IN ('', ' ')
	AND substr(`message`, 8, instr(`message`, ']') - 8) IN
		('sticker', 'photo', 'voice', 'video', 'videoNote', 'audio', 'animation', 'document', 'location', 'other');
